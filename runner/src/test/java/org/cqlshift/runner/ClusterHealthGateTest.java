package org.cqlshift.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.datastax.oss.driver.api.core.CqlSession;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.cqlshift.api.config.Setting;
import org.cqlshift.embedded.CassandraArtifact;
import org.cqlshift.embedded.EmbeddedCassandra;
import org.cqlshift.embedded.EmbeddedCluster;
import org.cqlshift.internal.cluster.ClusterHealthGate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cluster check before migrate's first schema change, on two real nodes in two datacenters (dc1 and dc2, one
 * replica in each): it passes and is reported when all is well, is not consulted when nothing is pending; schema
 * agreement names a node frozen with SIGSTOP and goes on without it instead of waiting for it; a third node that is
 * joining the ring is waited for and then refused, named; the check allows dc2's node being down at
 * LOCAL_QUORUM/LOCAL_SERIAL with a warning, refuses it at SERIAL (exit code 3) and in strict mode, and checks nothing
 * when off. Tagged {@code cluster}, as the other multi-node tests.
 */
@Tag("cluster")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterHealthGateTest {

    private static final String KEYSPACE = "gate_app";
    private static final String PASSED = ClusterHealthGate.PASSED;

    @TempDir
    static Path directory;

    private static EmbeddedCluster cluster;

    @BeforeAll
    static void startCluster() {
        // Node 1 in dc1, node 2 in dc2, both started now; node 3, in dc1, joins the ring later and stays joining:
        // in write survey mode it bootstraps but does not become a ring member.
        List<String> datacenters = List.of("dc1", "dc2", "dc1");
        AtomicInteger configured = new AtomicInteger();
        cluster = EmbeddedCluster.builder().nodes(3).firstHost(61)
                .directory(directory.resolve("cluster"))
                .eachNode(node -> {
                    int number = configured.incrementAndGet();
                    node.version(System.getProperty("cassandra.embeddedVersion", CassandraArtifact.DEFAULT_VERSION))
                            .heap("768m")
                            .startupTimeout(Duration.ofMinutes(6))
                            .datacenter(datacenters.get(number - 1), "rack1");
                    if (number == 3) {
                        // Bootstrapping needs the seed seen in gossip first: the embedded nodes' ring delay of 1 s
                        // was too short for that on a loaded machine ("Unable to contact any seeds").
                        node.jvmArgument("-Dcassandra.auto_bootstrap=true").jvmArgument("-Dcassandra.write_survey=true")
                                .jvmArgument("-Dcassandra.ring_delay_ms=10000");
                    }
                })
                .build();
        cluster.node(1).start();
        cluster.node(2).start();
    }

    @AfterAll
    static void stopCluster() {
        if (cluster != null) {
            cluster.stop();
        }
    }

    private static Path migrations(String keyspace) throws IOException {
        Path folder = Files.createDirectories(directory.resolve(keyspace));
        if (!Files.exists(folder.resolve("1_create_keyspace.cql"))) {
            Files.writeString(folder.resolve("1_create_keyspace.cql"),
                    "CREATE KEYSPACE IF NOT EXISTS ${keyspace} WITH replication = ${replication};\n"
                            + "CREATE TABLE ${keyspace}.users (id int PRIMARY KEY, name text);\n");
        }
        return folder;
    }

    private static void script(String keyspace, String name, String cql) throws IOException {
        Files.writeString(migrations(keyspace).resolve(name), cql);
    }

    /** migrate from dc1, at LOCAL_QUORUM and LOCAL_SERIAL unless the extra options set other levels. */
    private static RunResult migrate(String keyspace, String... extra) throws IOException {
        List<String> args = new ArrayList<>(List.of("migrate", "--verbose",
                "--contact-points", cluster.node(1).contactPointText(), "--local-datacenter", "dc1",
                "--keyspace", keyspace, "--replication", "NetworkTopologyStrategy:dc1=1,dc2=1",
                "--migrations", migrations(keyspace).toString()));
        List<String> options = List.of(extra);
        if (!options.contains(Setting.CONSISTENCY.flag())) {
            args.addAll(List.of(Setting.CONSISTENCY.flag(), "LOCAL_QUORUM"));
        }
        if (!options.contains(Setting.SERIAL_CONSISTENCY.flag())) {
            args.addAll(List.of(Setting.SERIAL_CONSISTENCY.flag(), "LOCAL_SERIAL"));
        }
        args.addAll(options);
        return RunResult.run(Map.of(), args.toArray(String[]::new));
    }

    @Test
    @Order(1)
    void passesWithEveryNodeUpAndIsNotConsultedWhenNothingIsPending() throws IOException {
        RunResult first = migrate(KEYSPACE);
        assertThat(first.exitCode).as(first.toString()).isZero();
        assertThat(first.out).contains(PASSED + ": 2 of 2 nodes up, in dc1, dc2, on one schema version.");

        RunResult idle = migrate(KEYSPACE);
        assertThat(idle.exitCode).as(idle.toString()).isZero();
        assertThat(idle.out).contains("is up to date");
        assertThat(idle.all()).doesNotContain(PASSED);
    }

    @Test
    @Order(2)
    void aFrozenNodeIsNamedInsteadOfWaitedFor() throws Exception {
        String keyspace = "frozen_app";
        migrations(keyspace);
        script(keyspace, "2_create_orders.cql", "CREATE TABLE ${keyspace}.orders (id int PRIMARY KEY, total int);\n");
        EmbeddedCassandra frozen = cluster.node(2);
        signal("STOP", frozen);
        RunResult result;
        try {
            result = migrate(keyspace, Setting.SCHEMA_AGREEMENT_TIMEOUT.flag(), "20");
        } finally {
            signal("CONT", frozen);
        }
        // The cluster still holds the frozen node up, so the check before the first schema change passes; schema
        // agreement after it sees the node's gossip heartbeat stall, names it, and goes on without it at LOCAL_QUORUM.
        assertThat(result.exitCode).as(result.toString()).isZero();
        assertThat(result.all()).containsOnlyOnce("Node " + frozen.host())
                .contains("(dc2) has stopped answering its peers");
        assertThat(result.out).contains("Applied 2_create_orders.cql");
        try (CqlSession session = CqlSession.builder().addContactPoints(cluster.contactPoints())
                .withLocalDatacenter("dc1").build()) {
            await("schema agreement after the node resumed").atMost(Duration.ofMinutes(2))
                    .pollInterval(Duration.ofSeconds(1)).until(session::checkSchemaAgreement);
        }
    }

    @Test
    @Order(4)
    void aStoppedNodeIsAllowedWhereTheLevelsCanBeMetAndRefusedWhereNot() throws IOException {
        EmbeddedCassandra stopped = cluster.node(2);
        stopped.stop();
        script(KEYSPACE, "2_create_orders.cql", "CREATE TABLE ${keyspace}.orders (id int PRIMARY KEY, total int);\n");

        // History reads at LOCAL_QUORUM succeed without dc2; the lock's SERIAL needs its replica too.
        RunResult serial = migrate(KEYSPACE, Setting.SERIAL_CONSISTENCY.flag(), "SERIAL");
        assertThat(serial.exitCode).as(serial.toString()).isEqualTo(3);
        assertThat(serial.err).contains("consistency SERIAL (" + Setting.SERIAL_CONSISTENCY.flag() + ") cannot be met")
                .contains("datacenter dc2 has 0 of its 1 replica up (down: " + stopped.host())
                .contains("Nothing was changed");
        assertThat(serial.all()).doesNotContain("Applied");

        RunResult atLocalQuorum = migrate(KEYSPACE);
        assertThat(atLocalQuorum.exitCode).as(atLocalQuorum.toString()).isZero();
        assertThat(atLocalQuorum.all()).contains("Node " + stopped.host()).contains("(dc2) is down; migrating without it")
                .contains("Applied 2_create_orders.cql");
    }

    @Test
    @Order(5)
    void strictRefusesAnyNodeDownAndOffChecksNothing() throws IOException {
        EmbeddedCassandra stopped = cluster.node(2);
        script(KEYSPACE, "3_create_items.cql", "CREATE TABLE ${keyspace}.items (id int PRIMARY KEY);\n");

        RunResult strict = migrate(KEYSPACE, Setting.CLUSTER_CHECK.flag(), "strict");
        assertThat(strict.exitCode).as(strict.toString()).isEqualTo(3);
        assertThat(strict.err).contains("datacenter dc2: " + stopped.host());

        RunResult off = migrate(KEYSPACE, Setting.CLUSTER_CHECK.flag(), "off");
        assertThat(off.exitCode).as(off.toString()).isZero();
        assertThat(off.all()).contains("Applied 3_create_items.cql").doesNotContain(PASSED)
                .doesNotContain("is down; migrating without it");
    }

    @Test
    @Order(3)
    void aNodeJoiningTheRingIsWaitedForAndThenRefusedNamingIt() throws IOException {
        EmbeddedCassandra joining = cluster.node(3);
        joining.start();
        try {
            // The driver does not list a node before it has joined: the check reads the coordinator's gossip.
            RunResult waited = migrate("joining_app", Setting.SCHEMA_AGREEMENT_TIMEOUT.flag(), "5");
            assertThat(waited.exitCode).as(waited.toString()).isEqualTo(4);
            assertThat(waited.out).contains("Nodes are changing the ring: datacenter dc1: " + joining.host())
                    .contains(" joining.").contains("Waiting up to 5 s before the first schema change.");
            assertThat(waited.err).contains("They still did after 5 s; nothing was changed.");
            assertThat(waited.all()).doesNotContain("Applied");
        } finally {
            joining.stop();
        }
        // The others forget a node that never joined once it is gone; the tests after this one must not see it.
        try (CqlSession session = CqlSession.builder().addContactPoint(cluster.node(1).contactPoint())
                .withLocalDatacenter("dc1").build()) {
            await("node " + joining.host() + " gone from gossip").atMost(Duration.ofMinutes(2))
                    .pollInterval(Duration.ofSeconds(1))
                    .until(() -> session.execute("SELECT address FROM system_views.gossip_info").all().stream()
                            .noneMatch(row -> String.valueOf(row.getObject(0)).contains(joining.host())));
        }
    }

    private static void signal(String signal, EmbeddedCassandra node) throws Exception {
        Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(node.pid())).inheritIO().start();
        assertThat(kill.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(kill.exitValue()).isZero();
    }
}
