package org.cqlshift.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.datastax.oss.driver.api.core.ConsistencyLevel;
import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import com.datastax.oss.driver.api.core.config.DriverConfigLoader;
import com.datastax.oss.driver.api.core.cql.SimpleStatement;
import com.datastax.oss.driver.api.core.metadata.Node;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.cqlshift.api.config.Setting;
import org.cqlshift.embedded.CassandraArtifact;
import org.cqlshift.embedded.EmbeddedCassandra;
import org.cqlshift.embedded.EmbeddedCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three nodes at replication factor 3, as a small production cluster: everything works with all nodes,
 * still works at QUORUM with one down, and the node that comes back catches up; a node restarted during a
 * seed costs it no row; and a chaos soak ({@link ChaosSoak}) of runners killed at random points, nodes stopped or
 * frozen and runners started two at once converges every time. The soak runs last, on the same cluster: short in
 * every build, full with {@code -Psoak} (the runner module's profile), sized by the {@code soak.*} system properties
 * ({@link SoakSettings}). Takes minutes: tagged {@code cluster}, which {@code mvn verify} runs and a quick local run
 * can leave out with {@code -DexcludedGroups=cluster}.
 */
@Tag("cluster")
@Order(1)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
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
                .directory(directory.resolve("cluster"))
                .eachNode(node -> node
                        .version(System.getProperty("cassandra.embeddedVersion", CassandraArtifact.DEFAULT_VERSION))
                        .heap("768m")
                        .startupTimeout(Duration.ofMinutes(6)))
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
        return run(KEYSPACE, seeds, contactPoints, command);
    }

    private static RunResult run(String keyspace, Path seedDirectory, String contactPoints, String... command) {
        List<String> args = new ArrayList<>(List.of(command));
        args.addAll(List.of("--contact-points", contactPoints, "--keyspace", keyspace,
                "--replication", "SimpleStrategy:3", "--migrations", migrations.toString(),
                "--seeds", seedDirectory.toString(), "--wait-timeout", "60"));
        return RunResult.run(Map.of(), args.toArray(String[]::new));
    }

    @Test
    @Order(1)
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

    @Test
    @Order(2)
    void aNodeRestartedDuringSeedLeavesTheExactRowCount() throws Exception {
        String keyspace = "restart_app";
        int rows = 20_000;
        Path restartSeeds = Files.createDirectories(directory.resolve("restart-seeds"));
        StringBuilder yaml = new StringBuilder("table: events\nrows:\n");
        for (int id = 1; id <= rows; id++) {
            yaml.append("  - {id: ").append(id).append(", payload: event-").append(id).append("}\n");
        }
        Files.writeString(restartSeeds.resolve("events.yaml"), yaml);
        // At most 100 requests a second: the 2,000 batches of 10 rows take 20 s or more on any machine, so node 2
        // stops while rows are still being written rather than by winning a race against the seed.
        Path throttled = Files.writeString(directory.resolve("throttled-driver.conf"),
                "datastax-java-driver.advanced.throttler {\n  class = RateLimitingRequestThrottler\n"
                        + "  max-requests-per-second = 100\n  max-queue-size = 100000\n"
                        + "  drain-interval = 10 milliseconds\n}\n");
        // A long request timeout: counting every row of a node on a loaded machine takes seconds.
        try (CqlSession session = CqlSession.builder().addContactPoints(cluster.contactPoints())
                .withLocalDatacenter(cluster.localDatacenter())
                .withConfigLoader(DriverConfigLoader.programmaticBuilder()
                        .withDuration(DefaultDriverOption.REQUEST_TIMEOUT, Duration.ofSeconds(60)).build())
                .build()) {
            session.execute("CREATE KEYSPACE " + keyspace
                    + " WITH replication = {'class': 'SimpleStrategy', 'replication_factor': 3}");
            session.execute("CREATE TABLE " + keyspace + ".events (id int PRIMARY KEY, payload text)");

            // The runner knows node 1 only; node 2, which it discovers and writes through, goes away mid-seed.
            CompletableFuture<RunResult> seed = CompletableFuture.supplyAsync(
                    () -> run(keyspace, restartSeeds, cluster.node(1).contactPointText(), "seed",
                            Setting.DRIVER_CONFIG.flag(), throttled.toString()));
            await("first seeded row").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(100))
                    .failFast("the seed ended before its first row", seed::isDone)
                    .until(() -> session.execute("SELECT id FROM " + keyspace + ".events LIMIT 1").one() != null);
            EmbeddedCassandra restarted = cluster.node(2);
            restarted.stop();
            assertThat(seed.isDone()).as(() -> "the seed ended before node 2 stopped: " + seed.join()).isFalse();
            restarted.start();

            RunResult result = seed.get(5, TimeUnit.MINUTES);
            assertThat(result.exitCode).as(result.toString()).isZero();
            assertThat(result.out).contains("Loaded events.yaml: " + rows + " rows");
            awaitEveryNodeHolds(session, "SELECT count(*) FROM " + keyspace + ".events", rows);
        }
    }

    @Test
    @Order(3)
    void aChaosSoakOfKillsNodeFlapsAndConcurrentRunsConvergesAfterEveryRound() {
        SoakSettings settings = SoakSettings.fromSystemProperties();
        SoakSummary summary = new ChaosSoak(cluster, SoakProject.writeTo(directory.resolve("soak")), settings,
                System.out).run();

        assertThat(summary.convergedEveryRound()).as(summary.toString()).isTrue();
        assertThat(summary.kills()).as(summary.toString()).isGreaterThanOrEqualTo(settings.kills());
        assertThat(summary.flaps()).as(summary.toString()).isEqualTo(settings.flaps());
        assertThat(summary.concurrentRuns()).as(summary.toString()).isEqualTo(settings.concurrentRuns());
    }

    /**
     * Waits until each node, asked alone at consistency ONE, counts the expected rows: hints from the others
     * reach a node some seconds after it is back.
     */
    private static void awaitEveryNodeHolds(CqlSession session, String countQuery, long expected) {
        for (Node node : session.getMetadata().getNodes().values()) {
            // A node that is still joining fails the query; it is asked again.
            await(countQuery + " on " + node.getEndPoint()).atMost(Duration.ofMinutes(3))
                    .pollInterval(Duration.ofSeconds(1)).ignoreExceptions()
                    .until(() -> session.execute(SimpleStatement.newInstance(countQuery).setNode(node)
                            .setConsistencyLevel(ConsistencyLevel.ONE)).one().getLong(0), count -> count == expected);
        }
    }
}
