package org.cqlshift.runner;

import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import com.datastax.oss.driver.api.core.config.DriverConfigLoader;
import com.datastax.oss.driver.api.core.cql.Row;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.cqlshift.embedded.EmbeddedCassandra;
import org.cqlshift.embedded.junit.CassandraExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * diff, schema and lint as users run them: a keyspace migrated from scripts, changed by hand with plain CQL, then
 * checked; and a pending script with dangerous DDL, linted and migrated. Each diff that finds a difference starts a
 * throw-away node besides the shared one; a schema file equal to the live schema needs none.
 */
@Order(2)
@ExtendWith(CassandraExtension.class)
class SchemaCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final String THROW_AWAY_NODE = "Starting a throw-away Cassandra";

    @TempDir
    Path directory;

    private EmbeddedCassandra node;
    private CqlSession cql;
    private String keyspace;
    private Path migrations;

    @BeforeEach
    void keyspace(EmbeddedCassandra node) throws IOException {
        this.node = node;
        this.keyspace = "schema_cmd_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
        this.migrations = Files.createDirectories(directory.resolve("migrations"));
        this.cql = CqlSession.builder().addContactPoint(node.contactPoint()).withLocalDatacenter(node.localDatacenter())
                .withConfigLoader(DriverConfigLoader.programmaticBuilder()
                        .withDuration(DefaultDriverOption.REQUEST_TIMEOUT, Duration.ofSeconds(60)).build())
                .build();
        script("1_create_keyspace.cql", "CREATE KEYSPACE IF NOT EXISTS ${keyspace} WITH replication = ${replication};\n");
        script("2_create_users.cql", "CREATE TABLE ${keyspace}.users (id uuid PRIMARY KEY, name text, email text);\n");
    }

    @AfterEach
    void disconnect() {
        cql.close();
    }

    @Test
    void diffNamesAHandChangeInTextAndJsonAndAStaleSchemaFileExitsSeven() throws Exception {
        Path schemaFile = directory.resolve("schema.cql");
        assertThat(run("migrate").exitCode).isZero();
        RunResult written = run("schema", "--schema-output", schemaFile.toString());
        RunResult clean = run("diff", "--diff-against", schemaFile.toString());

        cql.execute("ALTER TABLE " + keyspace + ".users ADD nickname text");
        RunResult text = run("diff");
        RunResult json = run("diff", "--format", "json", "--diff-against", schemaFile.toString());

        assertThat(written.exitCode).as(written.toString()).isZero();
        assertThat(Files.readString(schemaFile)).contains("CREATE TABLE " + keyspace + ".users (");
        assertThat(clean.exitCode).as(clean.toString()).isZero();
        assertThat(clean.out).contains("Keyspace " + keyspace + " matches the schema file " + schemaFile
                + ": no difference.").doesNotContain(THROW_AWAY_NODE);
        assertThat(text.exitCode).as(text.toString()).isEqualTo(7);
        assertThat(text.out).contains(THROW_AWAY_NODE,
                "Keyspace " + keyspace + " differs from its 2 applied scripts replayed on Cassandra",
                "extra column " + keyspace + ".users.nickname (live: text)",
                "fix: ALTER TABLE " + keyspace + ".users DROP nickname;");
        assertThat(text.err).contains("ERROR: Keyspace " + keyspace + " differs", "What to do:");
        assertThat(json.exitCode).as(json.toString()).isEqualTo(7);
        JsonNode document = JSON.readTree(json.out);
        assertThat(document.get("differs").asBoolean()).isTrue();
        assertThat(document.get("comparedWith").asText()).startsWith("the schema file " + schemaFile);
        assertThat(document.get("differences")).singleElement().satisfies(difference -> {
            assertThat(difference.get("change").asText()).isEqualTo("extra");
            assertThat(difference.get("name").asText()).isEqualTo(keyspace + ".users.nickname");
        });
    }

    @Test
    void lintPrintsEachFindingAtItsPositionAndMigrateRecordsTheOptOut() throws Exception {
        assertThat(run("migrate").exitCode).isZero();
        script("3_users_v2.cql", """
                -- cqlshift:allow drop-column name moved to profiles
                ALTER TABLE ${keyspace}.users DROP name;
                ALTER TABLE ${keyspace}.users WITH gc_grace_seconds = 0;
                """);
        String finding = "3_users_v2.cql:3:55: error [gc-grace-zero]";

        RunResult warned = run("lint");
        RunResult failed = run("lint", "--lint-errors", "fail");
        RunResult offline = RunResult.run(Map.of(), "lint", "--lint-offline", "--migrations", migrations.toString(),
                "--keyspace", keyspace, "--contact-points", "127.0.0.1:1", "--lint-from-version", "3");
        RunResult refused = run("migrate", "--lint-errors", "fail");
        RunResult dryRun = run("migrate", "--dry-run");
        RunResult migrated = run("migrate");

        assertThat(warned.exitCode).as(warned.toString()).isZero();
        assertThat(warned.out).contains(finding, "fix: Keep gc_grace_seconds longer",
                "allowed: name moved to profiles", "1 error, 0 warnings, 1 allowed.");
        assertThat(failed.exitCode).as(failed.toString()).isEqualTo(8);
        assertThat(failed.err).contains("ERROR: Lint of 1 pending script of keyspace " + keyspace, finding);
        assertThat(offline.exitCode).as(offline.toString()).isZero();
        assertThat(offline.out).contains(finding, "without a connection");
        assertThat(refused.exitCode).as(refused.toString()).isEqualTo(8);
        assertThat(refused.err).contains("WARNING: ", finding, "ERROR: Lint of");
        assertThat(refused.out).doesNotContain("Applied 3_users_v2.cql");
        assertThat(dryRun.exitCode).as(dryRun.toString()).isZero();
        assertThat(dryRun.err).contains(finding);
        assertThat(dryRun.out).contains("ALTER TABLE " + keyspace + ".users WITH gc_grace_seconds = 0;");
        assertThat(migrated.exitCode).as(migrated.toString()).isZero();
        assertThat(migrated.err).contains("WARNING: ", finding);
        assertThat(migrated.out).contains("Applied 3_users_v2.cql");
        List<Row> allowances = cql.execute("SELECT version, statement, rule, reason, recorded_by FROM " + keyspace
                + ".schema_migration_allowances").all();
        assertThat(allowances).singleElement().satisfies(row -> {
            assertThat(row.getInt("version")).isEqualTo(3);
            assertThat(row.getInt("statement")).isEqualTo(1);
            assertThat(row.getString("rule")).isEqualTo("drop-column");
            assertThat(row.getString("reason")).isEqualTo("name moved to profiles");
            assertThat(row.getString("recorded_by")).contains("pid " + ProcessHandle.current().pid());
        });
    }

    private void script(String name, String content) throws IOException {
        Files.writeString(migrations.resolve(name), content);
    }

    private RunResult run(String... command) {
        List<String> args = new ArrayList<>(List.of(command));
        args.addAll(List.of("--contact-points", node.contactPointText(), "--keyspace", keyspace,
                "--migrations", migrations.toString()));
        return RunResult.run(Map.of(), args.toArray(String[]::new));
    }
}
