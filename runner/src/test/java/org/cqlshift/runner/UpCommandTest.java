package org.cqlshift.runner;

import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import com.datastax.oss.driver.api.core.config.DriverConfigLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.cqlshift.embedded.EmbeddedCassandra;
import org.cqlshift.embedded.junit.CassandraExtension;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@Order(2)
@ExtendWith(CassandraExtension.class)
class UpCommandTest {

    /** The project's sample migrations and seeds (users, employee), as the quick start uses them. */
    static final Path SAMPLE_MIGRATIONS = Path.of("..", "migrations").toAbsolutePath().normalize();
    static final Path SAMPLE_SEEDS = Path.of("..", "seeds").toAbsolutePath().normalize();

    @TempDir
    Path directory;

    private static Map<String, String> environment(EmbeddedCassandra node, String keyspace, Path migrations,
                                                  Path seeds) {
        Map<String, String> environment = new HashMap<>();
        environment.put("CASSANDRA_CONTACT_POINTS", node.contactPointText());
        environment.put("CASSANDRA_LOCAL_DATACENTER", node.localDatacenter());
        environment.put("CASSANDRA_KEYSPACE", keyspace);
        environment.put("CASSANDRA_MIGRATIONS", migrations.toString());
        environment.put("CASSANDRA_SEEDS", seeds.toString());
        return environment;
    }

    @Test
    void upMigratesSeedsAndVerifiesLeavingTheSeededRows(EmbeddedCassandra node) {
        RunResult result = RunResult.run(environment(node, "runner_up", SAMPLE_MIGRATIONS, SAMPLE_SEEDS), "up");

        assertThat(result.exitCode).as(result.toString()).isZero();
        assertThat(result.out).contains("Step 1/3: migrate", "Step 2/3: seed", "Step 3/3: verify",
                "Verify of keyspace runner_up: 2 tables, all passed");
        try (CqlSession cql = session(node)) {
            assertThat(cql.execute("SELECT count(*) FROM runner_up.users").one().getLong(0)).isEqualTo(2);
            assertThat(cql.execute("SELECT count(*) FROM runner_up.employee").one().getLong(0)).isEqualTo(4);
        }

        RunResult again = RunResult.run(environment(node, "runner_up", SAMPLE_MIGRATIONS, SAMPLE_SEEDS), "up");
        assertThat(again.exitCode).as(again.toString()).isZero();
    }

    @Test
    void upStopsAtAFailedMigrationWithItsExitCode(EmbeddedCassandra node) throws Exception {
        Path migrations = Files.createDirectories(directory.resolve("migrations"));
        Files.writeString(migrations.resolve("1_create_keyspace.cql"),
                "CREATE KEYSPACE IF NOT EXISTS ${keyspace} WITH replication = ${replication};");
        Files.writeString(migrations.resolve("2_broken.cql"), "CREATE TABLE ${keyspace}.broken (id int);");

        RunResult result = RunResult.run(environment(node, "runner_up_broken", migrations, SAMPLE_SEEDS), "up");

        assertThat(result.exitCode).as(result.toString()).isEqualTo(4);
        assertThat(result.out).contains("Step 1/3: migrate").doesNotContain("Step 2/3: seed");
    }

    @Test
    void upStopsAtAFailedSeedWithItsExitCode(EmbeddedCassandra node) throws Exception {
        Path seeds = Files.createDirectories(directory.resolve("seeds"));
        Files.writeString(seeds.resolve("users.yaml"), "table: users\nrows:\n  - {id: 1, name: not-a-uuid}\n");

        RunResult result = RunResult.run(environment(node, "runner_up_bad_seed", SAMPLE_MIGRATIONS, seeds), "up");

        // A seed file that cannot be loaded as written is bad input (2); a write Cassandra refuses would be 5.
        assertThat(result.exitCode).as(result.toString()).isEqualTo(2);
        assertThat(result.err).contains("Seed file");
        assertThat(result.out).contains("Step 2/3: seed").doesNotContain("Step 3/3: verify");
    }

    private static CqlSession session(EmbeddedCassandra node) {
        return CqlSession.builder().addContactPoint(node.contactPoint()).withLocalDatacenter(node.localDatacenter())
                .withConfigLoader(DriverConfigLoader.programmaticBuilder()
                        .withDuration(DefaultDriverOption.REQUEST_TIMEOUT, Duration.ofSeconds(60)).build())
                .build();
    }
}
