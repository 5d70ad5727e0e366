package org.cqlshift.runner;

import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import com.datastax.oss.driver.api.core.config.DriverConfigLoader;
import com.datastax.oss.driver.api.core.cql.Row;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.cqlshift.embedded.EmbeddedCassandra;
import org.cqlshift.embedded.junit.CassandraExtension;
import org.cqlshift.runner.javamigrations.FillCounters;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged runner.jar stopped in the middle of a 40-statement script, by {@code kill -9} and by SIGTERM,
 * then run again: progress is recorded statement by statement, so the next run resumes without a repair; and a Java
 * migration killed midway runs again as a whole.
 */
@ExtendWith(CassandraExtension.class)
class CrashSafetyIT {

    private static final int COLUMNS = 40;
    private static final Path JAR = Path.of(System.getProperty("cqlshift.runner.jar", "target/runner.jar"));

    @TempDir
    Path directory;

    private EmbeddedCassandra node;
    private CqlSession cql;
    private final List<Process> started = new ArrayList<>();

    @BeforeEach
    void connect(EmbeddedCassandra node) {
        this.node = node;
        cql = CqlSession.builder().addContactPoint(node.contactPoint()).withLocalDatacenter(node.localDatacenter())
                .withConfigLoader(DriverConfigLoader.programmaticBuilder()
                        .withDuration(DefaultDriverOption.REQUEST_TIMEOUT, Duration.ofSeconds(60)).build())
                .build();
    }

    @AfterEach
    void stop() {
        started.forEach(Process::destroyForcibly);
        if (cql != null) {
            cql.close();
        }
    }

    @Test
    void aRunnerKilledMidScriptIsResumedByTheNextMigrateWithoutRepair() throws Exception {
        String keyspace = "crash_kill_" + ProcessHandle.current().pid();
        Path migrations = writeScripts();

        Process killed = runner(keyspace, migrations, "killed.log", "migrate", "--lock-ttl", "5",
                "--lock-renewal-interval", "1");
        awaitProgress(keyspace, killed, directory.resolve("killed.log"));
        killed.destroyForcibly();
        assertThat(killed.waitFor(60, TimeUnit.SECONDS)).isTrue();
        int columnsAtKill = columns(keyspace);
        assertThat(columnsAtKill).as("killed mid-script").isLessThan(COLUMNS + 1);

        Process next = runner(keyspace, migrations, "next.log", "migrate");
        assertThat(next.waitFor(180, TimeUnit.SECONDS)).isTrue();
        String output = Files.readString(directory.resolve("next.log"));

        assertThat(next.exitValue()).as(output).isZero();
        assertThat(columns(keyspace)).as(output).isEqualTo(COLUMNS + 1);
        assertThat(output).contains("Resumed 2_forty_columns.cql at statement ");
        assertThat(cql.execute("SELECT version FROM " + keyspace + ".schema_migration WHERE applied_successful = true")
                .all()).extracting(row -> row.getInt(0)).containsExactlyInAnyOrder(1, 2);
        assertThat(cql.execute("SELECT * FROM " + keyspace + ".schema_migration_repairs").all()).isEmpty();
    }

    @Test
    void sigtermDuringMigrateReleasesTheLockAndTheNextRunResumes() throws Exception {
        String keyspace = "crash_term_" + ProcessHandle.current().pid();
        Path migrations = writeScripts();

        Process stopped = runner(keyspace, migrations, "stopped.log", "migrate");
        awaitProgress(keyspace, stopped, directory.resolve("stopped.log"));
        stopped.destroy();
        assertThat(stopped.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String stoppedOutput = Files.readString(directory.resolve("stopped.log"));

        // The default lock TTL is 30 s: a row still there now was not released.
        assertThat(cql.execute("SELECT leader FROM " + keyspace + ".schema_migration_leader").all())
                .as(stoppedOutput).isEmpty();
        Process next = runner(keyspace, migrations, "next.log", "migrate");
        assertThat(next.waitFor(180, TimeUnit.SECONDS)).isTrue();
        String output = Files.readString(directory.resolve("next.log"));
        assertThat(next.exitValue()).as(output).isZero();
        assertThat(output).doesNotContain("Waiting for the migration lock");
        assertThat(columns(keyspace)).as(output).isEqualTo(COLUMNS + 1);
    }

    /**
     * A Java migration is one unit: killed midway, it is recorded as started, and the next run repeats it from its
     * start. The runner finds it in the classpath setting's class directory.
     */
    @Test
    void aJavaMigrationKilledMidwayRunsAgainFromItsStartOnTheNextMigrate() throws Exception {
        String keyspace = "crash_java_" + ProcessHandle.current().pid();
        Path migrations = Files.createDirectories(directory.resolve("java-migrations"));
        Files.writeString(migrations.resolve("1_create_keyspace.cql"), """
                CREATE KEYSPACE IF NOT EXISTS ${keyspace} WITH replication = ${replication};
                CREATE TABLE filled (id int PRIMARY KEY, square bigint);
                """);
        String classes = Path.of(FillCounters.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .toString();
        List<String> javaMigrations = List.of("--java-migrations", FillCounters.class.getPackageName(),
                "--classpath", classes);

        List<String> killedArgs = new ArrayList<>(List.of("migrate", "--lock-ttl", "5", "--lock-renewal-interval", "1"));
        killedArgs.addAll(javaMigrations);
        Process killed = runner(keyspace, migrations, "killed.log", Map.of(FillCounters.PAUSE_AFTER, "50"),
                killedArgs.toArray(String[]::new));
        awaitRows(keyspace, killed, directory.resolve("killed.log"), 50);
        killed.destroyForcibly();
        assertThat(killed.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(cql.execute("SELECT version FROM " + keyspace + ".schema_migration WHERE applied_successful = true")
                .all()).extracting(row -> row.getInt(0)).containsExactly(1);

        List<String> nextArgs = new ArrayList<>(List.of("migrate"));
        nextArgs.addAll(javaMigrations);
        Process next = runner(keyspace, migrations, "next.log", Map.of(), nextArgs.toArray(String[]::new));
        assertThat(next.waitFor(180, TimeUnit.SECONDS)).isTrue();
        String output = Files.readString(directory.resolve("next.log"));

        assertThat(next.exitValue()).as(output).isZero();
        assertThat(output).contains("Java migration " + FillCounters.class.getName() + " (version 2) was started by"
                + " a run that did not finish; it runs again from its start.",
                "Applied Java migration " + FillCounters.class.getName() + " (version 2) in ");
        assertThat(cql.execute("SELECT id, square FROM " + keyspace + ".filled").all())
                .hasSize(FillCounters.ROWS)
                .allSatisfy(row -> assertThat(row.getLong("square")).isEqualTo((long) row.getInt("id") * row.getInt("id")));
        Row applied = cql.execute("SELECT script_name FROM " + keyspace + ".schema_migration"
                + " WHERE applied_successful = true AND version = 2").one();
        assertThat(applied).isNotNull();
        assertThat(applied.getString(0)).isEqualTo(FillCounters.class.getName());
    }

    private void awaitRows(String keyspace, Process runner, Path log, int rows) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline) {
            assertThat(runner.isAlive()).as("runner still running: " + Files.readString(log)).isTrue();
            try {
                if (cql.execute("SELECT count(*) FROM " + keyspace + ".filled").one().getLong(0) >= rows) {
                    return;
                }
            } catch (RuntimeException e) {
                // the keyspace or the table does not exist yet
            }
            TimeUnit.MILLISECONDS.sleep(50);
        }
        throw new AssertionError("no rows within 180 s: " + Files.readString(log));
    }

    private Path writeScripts() throws IOException {
        Path migrations = Files.createDirectories(directory.resolve("migrations"));
        Files.writeString(migrations.resolve("1_create_keyspace.cql"), """
                CREATE KEYSPACE IF NOT EXISTS ${keyspace} WITH replication = ${replication};
                CREATE TABLE wide (id int PRIMARY KEY);
                """);
        StringBuilder alters = new StringBuilder();
        for (int i = 1; i <= COLUMNS; i++) {
            alters.append("ALTER TABLE wide ADD c").append(i).append(" int;\n");
        }
        Files.writeString(migrations.resolve("2_forty_columns.cql"), alters);
        return migrations;
    }

    private Process runner(String keyspace, Path migrations, String log, String... args) throws IOException {
        return runner(keyspace, migrations, log, Map.of(), args);
    }

    private Process runner(String keyspace, Path migrations, String log, Map<String, String> environment,
                           String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-jar", JAR.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(directory.resolve(log).toFile());
        builder.environment().put("CASSANDRA_CONTACT_POINTS", node.contactPointText());
        builder.environment().put("CASSANDRA_LOCAL_DATACENTER", node.localDatacenter());
        builder.environment().put("CASSANDRA_KEYSPACE", keyspace);
        builder.environment().put("CASSANDRA_MIGRATIONS", migrations.toString());
        builder.environment().putAll(environment);
        Process process = builder.start();
        started.add(process);
        return process;
    }

    /** Waits until the runner has recorded a few statements of the 40-statement script as done. */
    private void awaitProgress(String keyspace, Process runner, Path log) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline) {
            assertThat(runner.isAlive()).as("runner still running: " + Files.readString(log)).isTrue();
            if (statementsDone(keyspace) >= 5) {
                return;
            }
            TimeUnit.MILLISECONDS.sleep(20);
        }
        throw new AssertionError("no progress within 180 s: " + Files.readString(log));
    }

    private int statementsDone(String keyspace) {
        try {
            Row row = cql.execute("SELECT statement_checksums FROM " + keyspace
                    + ".schema_migration_details WHERE version = 2").one();
            return row == null ? 0 : row.getList(0, String.class).size();
        } catch (RuntimeException e) {
            return 0; // the keyspace or the table does not exist yet
        }
    }

    private int columns(String keyspace) {
        return cql.execute("SELECT column_name FROM system_schema.columns WHERE keyspace_name = ? AND table_name = ?",
                keyspace, "wide").all().size();
    }
}
