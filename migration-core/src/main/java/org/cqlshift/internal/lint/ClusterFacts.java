package org.cqlshift.internal.lint;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.DriverException;
import com.datastax.oss.driver.api.core.cql.Row;
import com.datastax.oss.driver.api.core.metadata.Node;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.cqlshift.internal.schema.CassandraLine;

/** What lint reads from a live cluster besides the keyspace's schema. */
public final class ClusterFacts {

    /**
     * The table count that lint warns near when the cluster sets no guardrail: the default of
     * {@code table_count_warn_threshold} in Cassandra 4.0 and 4.1, whose {@code tables_warn_threshold} guardrail
     * replaced it and is off by default.
     */
    public static final int DEFAULT_TABLE_THRESHOLD = 150;

    /** The settings that may set a lower threshold, in the order they are taken. */
    private static final Set<String> THRESHOLD_SETTINGS = Set.of("tables_warn_threshold", "tables_fail_threshold",
            "table_count_warn_threshold");

    private ClusterFacts() {
    }

    /** The facts of the session's cluster, for the keyspace as Cassandra stores its name. */
    public static LintContext read(CqlSession session, String keyspace, CassandraLine target) {
        Set<String> datacenters = session.getMetadata().getNodes().values().stream().map(Node::getDatacenter)
                .filter(dc -> dc != null).collect(Collectors.toCollection(TreeSet::new));
        long tables = countUserObjects(session, "tables") + countUserObjects(session, "views");
        return new LintContext(keyspace, target, datacenters, OptionalInt.of((int) tables), threshold(session), true);
    }

    private static long countUserObjects(CqlSession session, String schemaTable) {
        return session.execute("SELECT keyspace_name FROM system_schema." + schemaTable).all().stream()
                .map(row -> row.getString("keyspace_name"))
                .filter(name -> !name.equals("system") && !name.startsWith("system_"))
                .count();
    }

    /** The lowest table guardrail the cluster sets, or the default; virtual tables came with 4.0. */
    private static int threshold(CqlSession session) {
        try {
            return session.execute("SELECT name, value FROM system_views.settings").all().stream()
                    .filter(row -> THRESHOLD_SETTINGS.contains(row.getString("name")))
                    .map(ClusterFacts::value)
                    .filter(value -> value > 0)
                    .min(Integer::compare)
                    .orElse(DEFAULT_TABLE_THRESHOLD);
        } catch (DriverException e) {
            return DEFAULT_TABLE_THRESHOLD;
        }
    }

    private static int value(Row row) {
        try {
            return Integer.parseInt(String.valueOf(row.getString("value")).strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
