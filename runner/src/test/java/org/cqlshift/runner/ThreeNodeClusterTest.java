package org.cqlshift.runner;

import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.ConsistencyLevel;
import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.SimpleStatement;
import com.datastax.oss.driver.api.core.metadata.Node;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cqlshift.embedded.CassandraArtifact;
import org.cqlshift.embedded.EmbeddedCassandra;
import org.cqlshift.embedded.EmbeddedCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three nodes at replication factor 3, as a small production cluster: everything works with all nodes,
 * still works at QUORUM with one down, and the node that comes back catches up. Takes minutes: tagged
 * {@code cluster}, run by the {@code cluster} profile.
 */
@Tag("cluster")
@Order(1)
class ThreeNodeClusterTest {

    private static final String KEYSPACE = "cluster_app";

    @TempDir
    static Path directory;

    private static EmbeddedCluster cluster;
    private static Path migrations;
    private static Path seeds;

    @BeforeAll
    static void startCluster() throws IOException {
        migrations = Files.createDirectories(directory.resolve("migrations"));
        seeds = Files.createDirectories(directory.resolve("seeds"));
        cluster = EmbeddedCluster.builder().nodes(3).firstHost(31)
                .version(System.getProperty("cqlshift.embedded.version", CassandraArtifact.DEFAULT_VERSION))
                .directory(directory.resolve("cluster"))
                .heap("768m")
                .startupTimeout(Duration.ofMinutes(6))
                .build();
        cluster.start();
    }

    @AfterAll
    static void stopCluster() {
        if (cluster != null) {
            cluster.stop();
        }
    }

    private static RunResult run(String contactPoints, String... command) {
        List<String> args = new ArrayList<>(List.of(command));
        args.addAll(List.of("--contact-points", contactPoints, "--keyspace", KEYSPACE,
                "--replication", "SimpleStrategy:3", "--migrations", migrations.toString(),
                "--seeds", seeds.toString(), "--wait-timeout", "60"));
        return RunResult.run(Map.of(), args.toArray(String[]::new));
    }

    @Test
    void worksWithAllNodesThenAtQuorumWithOneDownThenTheNodeCatchesUp() throws Exception {
        Files.writeString(migrations.resolve("1_create_keyspace.cql"),
                "CREATE KEYSPACE IF NOT EXISTS ${keyspace} WITH replication = ${replication};\n");
        Files.writeString(migrations.resolve("2_create_users.cql"),
                "CREATE TABLE ${keyspace}.users (id int PRIMARY KEY, name text);\n");
        Files.writeString(seeds.resolve("users.yaml"), "table: users\nrows:\n  - {id: 1, name: Alice}\n"
                + "  - {id: 2, name: Bob}\n");

        RunResult allUp = run(cluster.contactPointsText(), "up");
        assertThat(allUp.exitCode).as(allUp.toString()).isZero();
        assertThat(allUp.out).contains("Verify of keyspace " + KEYSPACE + ": 1 table, all passed");

        EmbeddedCassandra stopped = cluster.node(3);
        stopped.stop();
        Files.writeString(migrations.resolve("3_create_orders.cql"),
                "CREATE TABLE ${keyspace}.orders (id int PRIMARY KEY, user_id int, total decimal);\n"
                        + "ALTER TABLE ${keyspace}.users ADD email text;\n");
        Files.writeString(seeds.resolve("orders.yaml"), "table: orders\nrows:\n  - {id: 10, user_id: 1, total: 9.5}\n"
                + "  - {id: 11, user_id: 2, total: 20}\n  - {id: 12, user_id: 2, total: 1.25}\n");

        RunResult oneDown = run(cluster.contactPointsText(), "up");
        assertThat(oneDown.exitCode).as(oneDown.toString()).isZero();
        assertThat(oneDown.all()).contains("Node " + stopped.host()).contains("is down: schema agreement is checked"
                + " among the live nodes only");
        assertThat(oneDown.out).contains("Applied 3_create_orders.cql").contains("Loaded orders.yaml: 3 rows")
                .contains("Verify of keyspace " + KEYSPACE + ": 2 tables, all passed");
        RunResult atAll = run(cluster.node(1).contactPointText(), "info", "--consistency", "ALL");
        assertThat(atAll.exitCode).as(atAll.toString()).isEqualTo(3);
        assertThat(atAll.err).contains("ALL");

        stopped.start();
        try (CqlSession session = CqlSession.builder().addContactPoints(cluster.contactPoints())
                .withLocalDatacenter(cluster.localDatacenter()).build()) {
            awaitEveryNodeHolds(session, "SELECT count(*) FROM " + KEYSPACE + ".orders", 3);
            awaitEveryNodeHolds(session, "SELECT count(*) FROM " + KEYSPACE + ".schema_migration", 3);
        }
        List<String> infos = new ArrayList<>();
        for (EmbeddedCassandra node : cluster.nodes()) {
            RunResult info = run(node.contactPointText(), "info");
            RunResult validate = run(node.contactPointText(), "validate");
            assertThat(info.exitCode).as(info.toString()).isZero();
            assertThat(validate.exitCode).as(validate.toString()).isZero();
            assertThat(info.all()).doesNotContain("is down");
            infos.add(info.out);
        }
        assertThat(infos).allSatisfy(info -> assertThat(info).isEqualTo(infos.get(0)).contains("3_create_orders.cql"));
    }

    /**
     * Waits until each node, asked alone at consistency ONE, counts the expected rows: hints from the others
     * reach a node some seconds after it is back.
     */
    private static void awaitEveryNodeHolds(CqlSession session, String countQuery, long expected)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        for (Node node : session.getMetadata().getNodes().values()) {
            while (true) {
                long count = -1;
                try {
                    count = session.execute(SimpleStatement.newInstance(countQuery).setNode(node)
                            .setConsistencyLevel(ConsistencyLevel.ONE)).one().getLong(0);
                } catch (RuntimeException notReadyYet) {
                    // The node may still be joining; asked again below.
                }
                if (count == expected) {
                    break;
                }
                assertThat(Instant.now()).as("%s on %s counts %d, expected %d", countQuery, node.getEndPoint(), count,
                        expected).isBefore(deadline);
                Thread.sleep(1000);
            }
        }
    }
}
