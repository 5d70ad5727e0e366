package org.cqlshift.benchmark.migrations;

import com.datastax.oss.driver.api.core.ConsistencyLevel;
import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.DriverException;
import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import com.datastax.oss.driver.api.core.config.DriverConfigLoader;
import com.datastax.oss.driver.api.core.cql.ResultSet;
import com.datastax.oss.driver.api.core.cql.Row;
import com.datastax.oss.driver.api.core.cql.SimpleStatement;
import com.datastax.oss.driver.api.core.metadata.Node;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.cqlshift.api.SchemaSessionOptions;
import org.cqlshift.embedded.EmbeddedCluster;

/**
 * Whether a schema change is usable on every node of a two-node cluster as soon as its DDL has answered, and what
 * waiting for every node to reach it costs: on Cassandra 6 the cluster metadata service orders schema changes, and
 * this decides whether the agreement wait after each DDL can be left out there. Phase 1 creates tables through the
 * first node and at once writes a row to each through the second; phase 2 creates tables and then waits, as migrate
 * does, until each node's schema version (an epoch on 6) has reached the change's; phase 3 creates tables and waits
 * for nothing. Usage: {@code ClusterMetadataVisibility <cassandra version> <work dir> <tables per phase>}.
 */
final class ClusterMetadataVisibility {

    private ClusterMetadataVisibility() {
    }

    public static void main(String[] args) {
        String version = args[0];
        Path work = Path.of(args[1]).toAbsolutePath();
        int tables = Integer.parseInt(args[2]);
        try (EmbeddedCluster cluster = EmbeddedCluster.builder().nodes(2).firstHost(71)
                .directory(work.resolve("cluster-" + System.currentTimeMillis()))
                .eachNode(node -> node.version(version).heap("768m")).build()) {
            cluster.start();
            try (CqlSession session = CqlSession.builder().addContactPoints(cluster.contactPoints())
                    .withLocalDatacenter(cluster.localDatacenter())
                    .withConfigLoader(DriverConfigLoader.compose(
                            DriverConfigLoader.fromMap(SchemaSessionOptions.forKeyspace("bench_cms")),
                            DriverConfigLoader.programmaticBuilder()
                                    .withDuration(DefaultDriverOption.REQUEST_TIMEOUT, Duration.ofSeconds(30)).build()))
                    .build()) {
                List<Node> nodes = new ArrayList<>(session.getMetadata().getNodes().values());
                nodes.sort((a, b) -> a.getEndPoint().toString().compareTo(b.getEndPoint().toString()));
                Node first = nodes.get(0);
                Node second = nodes.get(1);
                session.execute(SimpleStatement.newInstance("CREATE KEYSPACE bench_cms WITH replication ="
                        + " {'class': 'SimpleStrategy', 'replication_factor': 2}").setNode(first));
                session.checkSchemaAgreement();

                int refused = 0;
                int driverDisagreed = 0;
                List<String> errors = new ArrayList<>();
                for (int i = 1; i <= tables; i++) {
                    ResultSet created = session.execute(createTable("visible_" + i, first));
                    driverDisagreed += created.getExecutionInfo().isSchemaInAgreement() ? 0 : 1;
                    try {
                        session.execute(SimpleStatement.newInstance("INSERT INTO bench_cms.visible_" + i
                                + " (id, v) VALUES (1, 1)").setNode(second).setConsistencyLevel(ConsistencyLevel.ONE));
                    } catch (DriverException e) {
                        refused++;
                        if (errors.size() < 3) {
                            errors.add(e.getClass().getSimpleName() + ": " + e.getMessage());
                        }
                    }
                }
                System.out.printf("phase 1: %d of %d writes through the other node right after CREATE TABLE were"
                        + " refused; the driver's in-response agreement flag was false %d times%n", refused, tables,
                        driverDisagreed);
                errors.forEach(error -> System.out.println("  " + error));

                long waitNanos = 0;
                long started = System.nanoTime();
                int behind = 0;
                for (int i = 1; i <= tables; i++) {
                    session.execute(createTable("waited_" + i, first));
                    long waiting = System.nanoTime();
                    UUID target = schemaVersion(session, first);
                    for (Node node : nodes) {
                        boolean wasBehind = false;
                        while (compare(schemaVersion(session, node), target) < 0) {
                            wasBehind = true;
                        }
                        behind += wasBehind ? 1 : 0;
                    }
                    waitNanos += System.nanoTime() - waiting;
                }
                double withWait = (System.nanoTime() - started) / 1e6 / tables;
                System.out.printf("phase 2: %.1f ms per CREATE TABLE with the wait, of which the wait %.2f ms;"
                        + " a node was behind the change %d times%n", withWait, waitNanos / 1e6 / tables, behind);

                started = System.nanoTime();
                for (int i = 1; i <= tables; i++) {
                    session.execute(createTable("unwaited_" + i, first));
                }
                System.out.printf("phase 3: %.1f ms per CREATE TABLE without waiting%n",
                        (System.nanoTime() - started) / 1e6 / tables);
            }
        }
    }

    private static SimpleStatement createTable(String name, Node coordinator) {
        return SimpleStatement.newInstance("CREATE TABLE bench_cms." + name + " (id int PRIMARY KEY, v int)")
                .setNode(coordinator);
    }

    private static UUID schemaVersion(CqlSession session, Node node) {
        Row row = session.execute(SimpleStatement.newInstance("SELECT schema_version FROM system.local").setNode(node))
                .one();
        return row.getUuid(0);
    }

    /** Epochs (6.0) compare by number; other versions only equal or not. */
    private static int compare(UUID version, UUID target) {
        if (version.getMostSignificantBits() == 0 && target.getMostSignificantBits() == 0) {
            return Long.compare(version.getLeastSignificantBits(), target.getLeastSignificantBits());
        }
        return version.equals(target) ? 0 : -1;
    }
}
