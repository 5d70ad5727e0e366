package org.cqlshift.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.cqlshift.embedded.EmbeddedCassandra;
import org.cqlshift.embedded.junit.CassandraExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(CassandraExtension.class)
class RunnerMigrationTest {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    @TempDir
    Path directory;

    private EmbeddedCassandra node;
    private String keyspace;
    private Path migrations;

    @BeforeEach
    void setUp(EmbeddedCassandra node) throws IOException {
        this.node = node;
        this.keyspace = "runner_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
        this.migrations = Files.createDirectories(directory.resolve("migrations"));
        script("1_create_keyspace.cql", "CREATE KEYSPACE IF NOT EXISTS ${keyspace} WITH replication = ${replication};\n");
    }

    private void script(String name, String content) throws IOException {
        Files.writeString(migrations.resolve(name), content);
    }

    private record Outcome(int exitCode, String out, String err) {
    }

    private Outcome run(String... command) {
        List<String> args = new ArrayList<>(List.of(command));
        args.addAll(List.of("--contact-points", node.contactPointText(), "--keyspace", keyspace,
                "--migrations", migrations.toString()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exitCode = Runner.run(args.toArray(String[]::new), Map.of(),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Outcome(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void migrateAppliesThenReportsNothingToDoAndInfoShowsTheHistory() throws IOException {
        script("2_create_users.cql", "CREATE TABLE ${keyspace}.users (id uuid PRIMARY KEY, name text, email text);\n");

        Outcome first = run("migrate");
        Outcome second = run("migrate");
        Outcome table = run("info");
        Outcome json = run("info", "--format", "json");

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).contains("Applied 1_create_keyspace.cql").contains("Applied 2_create_users.cql")
                .contains("Applied 2 scripts to keyspace " + keyspace);
        assertThat(second.exitCode()).isZero();
        assertThat(second.out()).contains("is up to date at version 2; nothing to apply.");
        assertThat(table.out()).contains("Version").contains("2_create_users.cql").contains("success");
        assertThat(json.out()).contains("\"keyspace\" : \"" + keyspace + "\"").contains("\"currentVersion\" : 2");
    }

    @Test
    void aFailureNamesBothRepairsAndRepairMarkAppliedRecordsTheScriptAsApplied() throws IOException {
        script("2_pair.cql", """
                CREATE TABLE ${keyspace}.first (id int PRIMARY KEY);
                CREATE TABLE ${keyspace}.second (id int PRIMARY KEY, value nonsense_type);
                """);
        Outcome failed = run("migrate");
        script("2_pair.cql", """
                CREATE TABLE ${keyspace}.first (id int PRIMARY KEY);
                CREATE TABLE ${keyspace}.second (id int PRIMARY KEY, value text);
                """);
        Outcome dryRun = run("migrate", "--dry-run");

        Outcome repaired = run("repair", "--repair-reason", "created second by hand", "--mark-applied");
        Outcome info = run("info");

        assertThat(failed.exitCode()).isEqualTo(4);
        assertThat(failed.err()).contains("run repair with a reason", "run repair --mark-applied with a reason");
        assertThat(dryRun.out()).contains("resuming at statement 2");
        assertThat(repaired.exitCode()).as(repaired.err()).isZero();
        assertThat(repaired.out()).contains("Repaired 2_pair.cql (version 2): marked as applied with its current"
                + " checksum");
        assertThat(info.out()).contains("2_pair.cql").doesNotContain("failed").doesNotContain("pending");
        assertThat(run("migrate").out()).contains("is up to date at version 2");
    }

    @Test
    void aCallbackScriptInTheFolderRunsAndItsFailureExitsWithFourNamingFileLineAndColumn() throws IOException {
        script("beforeMigrate.cql", "CREATE TABLE IF NOT EXISTS runs (id text PRIMARY KEY);\n");
        script("afterMigrate.cql", "INSERT INTO runs (id) VALUES ('${keyspace}');\n\n    SELECT nothing FROM runs;\n");

        Outcome failed = run("migrate");

        assertThat(failed.exitCode()).as(failed.err()).isEqualTo(4);
        assertThat(failed.out()).contains("Ran callback beforeMigrate.cql (1 statement)");
        assertThat(failed.err()).contains("ERROR: Callback afterMigrate.cql failed at statement 2 of 2 ("
                + migrations.resolve("afterMigrate.cql") + ", line 3, column 5)", "What to do: Fix statement 2 in");
    }

    @Test
    void validateNamesAnEditedScriptAndExitsNonZero() throws IOException {
        script("2_create_users.cql", "CREATE TABLE ${keyspace}.users (id uuid PRIMARY KEY);\n");
        assertThat(run("migrate").exitCode()).isZero();
        script("2_create_users.cql", "CREATE TABLE ${keyspace}.users (id uuid PRIMARY KEY, name text);\n");

        Outcome validate = run("validate");

        assertThat(validate.exitCode()).isEqualTo(4);
        assertThat(validate.err()).contains("2_create_users.cql (version 2) was edited after it was applied")
                .contains("What to do:");
    }

    @Test
    void aCqlSyntaxErrorExitsWithFourNamingScriptStatementAndLine() throws IOException {
        script("2_bad.cql", "CREATE TABLE ${keyspace}.ok (id int PRIMARY KEY);\n\nCREAT TABLE ${keyspace}.bad (id int);\n");

        Outcome outcome = run("migrate");

        assertThat(outcome.exitCode()).isEqualTo(4);
        assertThat(outcome.err()).contains("2_bad.cql failed at statement 2 of 2").contains("line 3, column 1")
                .contains("CREAT TABLE " + keyspace + ".bad").contains("What to do: Fix statement 2");
    }

    @Test
    void aMissingMigrationsDirectoryIsBadInput() {
        migrations = directory.resolve("nowhere");

        Outcome outcome = run("migrate");

        assertThat(outcome.exitCode()).isEqualTo(2);
        assertThat(outcome.err()).contains("nowhere");
    }

    @Test
    void aBadFileNameIsBadInput() throws IOException {
        script("two_users.cql", "CREATE TABLE ${keyspace}.users (id int PRIMARY KEY);\n");

        Outcome outcome = run("migrate");

        assertThat(outcome.exitCode()).isEqualTo(2);
        assertThat(outcome.err()).contains("two_users.cql");
    }

    @Test
    void duplicateVersionsAreBadInput() throws IOException {
        script("2_users.cql", "CREATE TABLE ${keyspace}.users (id int PRIMARY KEY);\n");
        script("2_orders.cql", "CREATE TABLE ${keyspace}.orders (id int PRIMARY KEY);\n");

        Outcome outcome = run("migrate");

        assertThat(outcome.exitCode()).isEqualTo(2);
        assertThat(outcome.err()).contains("2_users.cql").contains("2_orders.cql");
    }

    @Test
    void anUnreachableContactPointExitsWithThree() {
        List<String> args = List.of("migrate", "--contact-points", "127.0.0.1:1", "--keyspace", keyspace,
                "--migrations", migrations.toString());
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int exitCode = Runner.run(args.toArray(String[]::new), Map.of(), new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(exitCode).isEqualTo(3);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Cannot connect to Cassandra at 127.0.0.1:1");
    }

    @Test
    void dryRunPrintsResolvedStatementsAndLeavesNoKeyspace() throws IOException {
        script("2_create_users.cql", "CREATE TABLE ${keyspace}.users (id uuid PRIMARY KEY);\n");

        Outcome dryRun = run("migrate", "--dry-run");
        Outcome info = run("info", "--format", "json");

        assertThat(dryRun.exitCode()).isZero();
        assertThat(dryRun.out()).contains("CREATE TABLE " + keyspace + ".users (id uuid PRIMARY KEY);");
        assertThat(info.out()).contains("\"currentVersion\" : null").doesNotContain("\"success\"");
    }

    @Test
    void fiveRunnerProcessesStartedTogetherApplyEachScriptOnce() throws Exception {
        script("2_tables.cql", "CREATE TABLE ${keyspace}.wide (id int PRIMARY KEY);\n"
                + "CREATE TABLE ${keyspace}.runs (id int PRIMARY KEY, n counter);\n");
        for (int i = 3; i < 13; i++) {
            script(i + "_add_c" + i + ".cql", "ALTER TABLE ${keyspace}.wide ADD c" + i + " int;\n"
                    + "UPDATE ${keyspace}.runs SET n = n + 1 WHERE id = 1;\n");
        }
        List<Process> processes = new ArrayList<>();
        try {
            for (int i = 0; i < 5; i++) {
                processes.add(new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp", System.getProperty("java.class.path"), Runner.class.getName(), "migrate",
                        "--contact-points", node.contactPointText(), "--keyspace", keyspace,
                        "--migrations", migrations.toString())
                        .redirectErrorStream(true)
                        .redirectOutput(directory.resolve("runner-" + i + ".log").toFile())
                        .start());
            }
            for (int i = 0; i < processes.size(); i++) {
                assertThat(processes.get(i).waitFor(5, TimeUnit.MINUTES)).isTrue();
                assertThat(processes.get(i).exitValue()).as(Files.readString(directory.resolve("runner-" + i + ".log")))
                        .isZero();
            }
        } finally {
            processes.forEach(Process::destroyForcibly);
        }

        Outcome info = run("info", "--format", "json");
        assertThat(info.out()).contains("\"currentVersion\" : 12").doesNotContain("failed");
        try (var session = com.datastax.oss.driver.api.core.CqlSession.builder().addContactPoint(node.contactPoint())
                .withLocalDatacenter(node.localDatacenter()).build()) {
            assertThat(session.execute("SELECT n FROM " + keyspace + ".runs WHERE id = 1").one().getLong("n"))
                    .isEqualTo(10);
        }
    }
}
