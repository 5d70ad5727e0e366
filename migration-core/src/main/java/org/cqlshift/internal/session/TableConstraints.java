package org.cqlshift.internal.session;

import com.datastax.oss.driver.api.core.CqlIdentifier;
import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.Row;
import com.datastax.oss.driver.api.core.metadata.schema.TableMetadata;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The constraints (CEP-42, Cassandra 6: {@code v int CHECK v > 0}) of a table. The driver's metadata does not know
 * them and no schema table holds them in 6.0, so they are read from the server's {@code DESCRIBE TABLE}.
 */
public final class TableConstraints {

    /** A column definition line of DESCRIBE's CREATE TABLE that carries a constraint. */
    private static final Pattern CONSTRAINED_COLUMN = Pattern.compile("^\\s*(.+?\\bCHECK\\b.+?),?\\s*$",
            Pattern.MULTILINE);

    private TableConstraints() {
    }

    /** The constrained column definitions, such as {@code quantity int CHECK quantity >= 0}; empty before 6.0. */
    public static List<String> of(CqlSession session, TableMetadata table) {
        return of(session, table.getKeyspace().asInternal(), table.getName().asInternal());
    }

    /** The same, by the keyspace's and table's names. */
    public static List<String> of(CqlSession session, String keyspace, String table) {
        if (!ClusterVersions.hasCassandra6(session)) {
            return List.of();
        }
        Row row = session.execute("DESCRIBE TABLE " + CqlIdentifier.fromInternal(keyspace).asCql(true) + "."
                + CqlIdentifier.fromInternal(table).asCql(true)).one();
        String createStatement = row == null ? "" : row.getString("create_statement");
        List<String> constrained = new ArrayList<>();
        Matcher matcher = CONSTRAINED_COLUMN.matcher(createStatement == null ? "" : createStatement);
        while (matcher.find()) {
            constrained.add(matcher.group(1).strip());
        }
        return constrained;
    }
}
