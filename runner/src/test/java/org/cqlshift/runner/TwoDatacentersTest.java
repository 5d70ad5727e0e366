package org.cqlshift.runner;

import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import com.datastax.oss.driver.api.core.config.DriverConfigLoader;
import com.datastax.oss.driver.api.core.cql.SimpleStatement;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cqlshift.api.config.Setting;
import org.cqlshift.embedded.CassandraArtifact;
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
 * One node in each of two datacenters, a keyspace replicated in both (NetworkTopologyStrategy dc1=1, dc2=1), and
 * runners in dc1: the lock refuses a holder from dc2 at LOCAL_SERIAL; with dc2 away, migrate and seed at QUORUM exit
 * with 3 naming dc2 and the settings to change (verify too), and at LOCAL_QUORUM / LOCAL_SERIAL migrate, seed and verify
 * pass.
 * The tests share the cluster and run in order. Takes minutes: tagged {@code cluster}.
 */
@Tag("cluster")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoDatacentersTest {

    private static final String KEYSPACE = "two_dc_app";
    private static final String LOCK_TABLE = KEYSPACE + ".schema_migration_leader";
    private static final List<String> LOCAL = List.of(Setting.CONSISTENCY.flag(), "LOCAL_QUORUM",
            Setting.SERIAL_CONSISTENCY.flag(), "LOCAL_SERIAL");

    @TempDir
    static Path directory;

    private static EmbeddedCluster cluster;
    private static Path migrations;
    private static Path seeds;

    @BeforeAll
    static void startCluster() throws IOException {
        migrations = Files.createDirectories(directory.resolve("migrations"));
        seeds = Files.createDirectories(directory.resolve("seeds"));
        Files.writeString(migrations.resolve("1_create_keyspace.cql"),
                "CREATE KEYSPACE IF NOT EXISTS ${keyspace} WITH replication = ${replication};\n");
        Files.writeString(migrations.resolve("2_create_users.cql"),
                "CREATE TABLE ${keyspace}.users (id int PRIMARY KEY, name text);\n");
        Files.writeString(seeds.resolve("users.yaml"), "table: users\nrows:\n  - {id: 1, name: Alice}\n");
        Map<String, Integer> topology = new LinkedHashMap<>();
        topology.put("dc1", 1);
        topology.put("dc2", 1);
        cluster = EmbeddedCluster.builder().datacenters(topology).firstHost(41)
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

    @Test
    @Order(1)
    void atLocalSerialTheLockRefusesAHolderFromTheOtherDatacenterButWaitsForAnOldRowWithoutOne() throws IOException {
        assertThat(cluster.node(1).localDatacenter()).isEqualTo("dc1");
        assertThat(cluster.node(2).localDatacenter()).isEqualTo("dc2");
        RunResult allUp = run(List.of(), "up");
        assertThat(allUp.exitCode).as(allUp.toString()).isZero();
        assertThat(allUp.out).contains("Loaded users.yaml: 1 row");
        // Migrate takes the lock only when a script is pending.
        Files.writeString(migrations.resolve("3_create_orders.cql"),
                "CREATE TABLE ${keyspace}.orders (id int PRIMARY KEY, total decimal);\n");

        try (CqlSession session = session()) {
            // What a runner in dc2 that holds the lock has written.
            session.execute(SimpleStatement.newInstance("INSERT INTO " + LOCK_TABLE + " (keyspace_name, leader,"
                    + " took_lead_at, leader_hostname, leader_datacenter) VALUES (?, ?, ?, ?, ?) USING TTL 120",
                    KEYSPACE, UUID.randomUUID(), Instant.now(), "far-host (pid 7)", "dc2"));
            RunResult refused = run(LOCAL, "migrate");
            assertThat(refused.exitCode).as(refused.toString()).isEqualTo(2);
            assertThat(refused.all()).contains("The migration lock is taken at LOCAL_SERIAL and keyspace " + KEYSPACE
                    + " is replicated in datacenters dc1, dc2");
            assertThat(refused.err).contains("held by far-host (pid 7) in datacenter dc2")
                    .contains("this runner in datacenter dc1 takes it at LOCAL_SERIAL")
                    .contains("LOCAL_SERIAL orders lock takers within one datacenter only")
                    .contains("--serial-consistency SERIAL").contains("run migrations from one datacenter only");

            // cassandra-migration, or an older cqlshift, writes no datacenter: such a holder is waited for.
            session.execute(SimpleStatement.newInstance("INSERT INTO " + LOCK_TABLE + " (keyspace_name, leader,"
                    + " took_lead_at, leader_hostname) VALUES (?, ?, ?, ?) USING TTL 120", KEYSPACE, UUID.randomUUID(),
                    Instant.now(), "old-host"));
            session.execute(SimpleStatement.newInstance("UPDATE " + LOCK_TABLE + " SET leader_datacenter = null"
                    + " WHERE keyspace_name = ?", KEYSPACE));
            List<String> briefWait = new ArrayList<>(LOCAL);
            briefWait.addAll(List.of(Setting.LOCK_WAIT_TIMEOUT.flag(), "1"));
            RunResult waited = run(briefWait, "migrate");
            assertThat(waited.exitCode).as(waited.toString()).isEqualTo(4);
            assertThat(waited.err).contains("waiting for the migration lock held by old-host");
            session.execute(SimpleStatement.newInstance("DELETE FROM " + LOCK_TABLE + " WHERE keyspace_name = ?",
                    KEYSPACE));
        }
    }

    @Test
    @Order(2)
    void withTheOtherDatacenterAwayQuorumExitsWithThreeNamingItAndLocalQuorumMigratesSeedsAndVerifies()
            throws IOException {
        cluster.node(2).stop();
        Files.writeString(migrations.resolve("4_add_email.cql"), "ALTER TABLE ${keyspace}.users ADD email text;\n");
        Files.writeString(seeds.resolve("orders.yaml"), "table: orders\nrows:\n  - {id: 10, total: 9.5}\n");

        for (String command : List.of("migrate", "seed", "verify")) {
            RunResult atQuorum = run(List.of(), command);
            assertThat(atQuorum.exitCode).as(atQuorum.toString()).isEqualTo(3);
            assertThat(atQuorum.err).as(command).contains("Too few replicas for consistency level")
                    .contains("datacenter dc2").contains("--consistency (CASSANDRA_CONSISTENCY")
                    .contains("LOCAL_QUORUM").contains("LOCAL_SERIAL").doesNotContain("unexpected")
                    .doesNotContain("\tat ");
        }

        RunResult local = run(LOCAL, "up");
        assertThat(local.exitCode).as(local.toString()).isZero();
        assertThat(local.out).contains("Applied 3_create_orders.cql").contains("Applied 4_add_email.cql")
                .contains("Loaded orders.yaml: 1 row")
                .contains("Verify of keyspace " + KEYSPACE + ": 2 tables, all passed");
    }

    private static RunResult run(List<String> options, String command) {
        List<String> args = new ArrayList<>(List.of(command, "--contact-points", cluster.contactPointsText(),
                "--local-datacenter", "dc1", "--keyspace", KEYSPACE, "--replication",
                "NetworkTopologyStrategy:dc1=1,dc2=1", "--migrations", migrations.toString(),
                "--seeds", seeds.toString(), "--wait-timeout", "60"));
        args.addAll(options);
        return RunResult.run(Map.of(), args.toArray(String[]::new));
    }

    private static CqlSession session() {
        return CqlSession.builder().addContactPoint(cluster.node(1).contactPoint()).withLocalDatacenter("dc1")
                .withConfigLoader(DriverConfigLoader.programmaticBuilder()
                        .withDuration(DefaultDriverOption.REQUEST_TIMEOUT, Duration.ofSeconds(30)).build())
                .build();
    }
}
