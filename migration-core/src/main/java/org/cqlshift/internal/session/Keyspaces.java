package org.cqlshift.internal.session;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.Row;
import com.datastax.oss.driver.api.core.cql.SimpleStatement;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Whether a keyspace or table exists, read from {@code system_schema} rather than the driver's possibly stale
 * metadata.
 */
public final class Keyspaces {

    private Keyspaces() {
    }

    /**
     * The keyspace's replication as {@code system_schema.keyspaces} stores it, or empty when it does not exist.
     *
     * @param keyspace an unquoted name, as the settings and seed files give it
     */
    public static Optional<Map<String, String>> replication(CqlSession session, String keyspace) {
        Row row = session.execute(SimpleStatement.newInstance(
                "SELECT replication FROM system_schema.keyspaces WHERE keyspace_name = ?", internalName(keyspace)))
                .one();
        return Optional.ofNullable(row).map(r -> r.getMap("replication", String.class, String.class));
    }

    public static boolean exists(CqlSession session, String keyspace) {
        return replication(session, keyspace).isPresent();
    }

    /** @param keyspace and {@code table}: the names as {@code system_schema} stores them */
    public static boolean tableExists(CqlSession session, String keyspace, String table) {
        return session.execute(SimpleStatement.newInstance("SELECT table_name FROM system_schema.tables"
                + " WHERE keyspace_name = ? AND table_name = ?", keyspace, table)).one() != null;
    }

    /** An unquoted name as Cassandra stores it: lower-cased. */
    public static String internalName(String keyspace) {
        return keyspace.toLowerCase(Locale.ROOT);
    }
}
