package org.cqlshift.internal.schema;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.Row;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.cqlshift.internal.ddl.CqlText;
import org.cqlshift.internal.ddl.Ddl;
import org.cqlshift.internal.ddl.DdlReader;
import org.cqlshift.internal.ddl.Tokenizer;

/**
 * What Cassandra 6.0 keeps of a table outside the schema tables, read from its {@code DESCRIBE TABLE}: column
 * constraints (CEP-42) and the transactional options (Accord).
 */
final class DescribedTable {

    /** The options of 6.0 that no schema table holds. */
    private static final Set<String> OPTIONS = Set.of("transactional_mode", "transactional_migration_from");

    private final Map<String, String> constraints;
    private final Map<String, String> options;

    private DescribedTable(Map<String, String> constraints, Map<String, String> options) {
        this.constraints = constraints;
        this.options = options;
    }

    static DescribedTable of(CqlSession session, String keyspace, String table) {
        Row row = session.execute("DESCRIBE TABLE " + CqlText.qualified(keyspace, table)).one();
        String statement = row == null ? null : row.getString("create_statement");
        Ddl read = statement == null ? new Ddl.Other() : DdlReader.read(withoutSemicolon(statement));
        Map<String, String> constraints = new HashMap<>();
        Map<String, String> options = new TreeMap<>();
        if (read instanceof Ddl.CreateTable create) {
            create.columns().forEach(column -> column.constraint()
                    .ifPresent(check -> constraints.put(column.name().name(), check)));
            create.options().stream().filter(option -> OPTIONS.contains(option.key()))
                    .forEach(option -> options.put(option.key(), option.value().cql()));
        }
        return new DescribedTable(constraints, options);
    }

    private static List<org.cqlshift.internal.ddl.Token> withoutSemicolon(String statement) {
        List<org.cqlshift.internal.ddl.Token> tokens = new ArrayList<>(Tokenizer.tokenize(statement));
        if (!tokens.isEmpty() && tokens.get(tokens.size() - 1).isSymbol(';')) {
            tokens.remove(tokens.size() - 1);
        }
        return tokens;
    }

    List<ColumnSchema> withConstraints(List<ColumnSchema> columns) {
        return columns.stream()
                .map(column -> column.withConstraint(Optional.ofNullable(constraints.get(column.name()))))
                .toList();
    }

    Map<String, String> options() {
        return options;
    }
}
