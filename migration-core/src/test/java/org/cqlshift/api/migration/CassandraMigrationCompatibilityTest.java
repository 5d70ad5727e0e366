package org.cqlshift.api.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.Row;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cognitor.cassandra.migration.Database;
import org.cognitor.cassandra.migration.MigrationRepository;
import org.cognitor.cassandra.migration.MigrationTask;
import org.cognitor.cassandra.migration.keyspace.Keyspace;
import org.cqlshift.api.CqlShift;
import org.cqlshift.api.config.Location;
import org.cqlshift.embedded.EmbeddedCassandra;
import org.cqlshift.embedded.junit.CassandraExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * cassandra-migration 2.6 itself, on the same keyspace as this tool, both ways: its history is taken over,
 * and it sees the history this tool writes as its own. Its scripts come from the classpath folder below.
 */
@ExtendWith(CassandraExtension.class)
class CassandraMigrationCompatibilityTest {

    private static final String FOLDER = "cassandra-migration-compat";
    private static final List<String> SCRIPTS = List.of("1_create_users.cql", "2_create_orders.cql");

    @TempDir
    Path directory;

    private EmbeddedCassandra node;

    @BeforeEach
    void node(EmbeddedCassandra node) {
        this.node = node;
    }

    /** cassandra-migration's own run: it closes the session it is given, so it gets one of its own. */
    private void cassandraMigrationMigrates(String keyspace) {
        CqlSession session = TestKeyspace.plainSession(node);
        new MigrationTask(new Database(session, new Keyspace(keyspace)), new MigrationRepository(FOLDER)).migrate();
        assertThat(session.isClosed()).isTrue();
    }

    @Test
    void aKeyspaceMigratedByCassandraMigrationIsTakenOver() throws IOException {
        TestKeyspace keyspace = new TestKeyspace(node, directory, "compat_in");
        cassandraMigrationMigrates(keyspace.name);
        for (String script : SCRIPTS) {
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(FOLDER + "/" + script)) {
                Files.write(keyspace.scripts.resolve(script), in.readAllBytes());
            }
        }
        keyspace.script("3_add_email.cql", "ALTER TABLE users ADD email text;\n");

        MigrationInfo before = keyspace.info();
        MigrationResult result = keyspace.migrate();

        assertThat(before.scripts()).extracting(ScriptInfo::state)
                .containsExactly(ScriptState.SUCCESS, ScriptState.SUCCESS, ScriptState.PENDING);
        assertThat(result.applied()).extracting(AppliedScript::script).containsExactly("3_add_email.cql");
        assertThat(keyspace.info().scripts()).extracting(ScriptInfo::state).containsOnly(ScriptState.SUCCESS);
        try (CqlSession session = TestKeyspace.plainSession(node)) {
            session.execute("INSERT INTO " + keyspace.name + ".users (id, name, email) VALUES (1, 'Ann', 'a@b.c')");
            assertThat(new Database(session, keyspace.name).getVersion()).isEqualTo(3);
        }
    }

    @Test
    void cassandraMigrationSeesEveryScriptThisToolAppliedAndChangesNothing() {
        TestKeyspace keyspace = new TestKeyspace(node, directory, "compat_out");
        try (CqlSession session = TestKeyspace.plainSession(node)) {
            session.execute("CREATE KEYSPACE " + keyspace.name
                    + " WITH replication = {'class': 'SimpleStrategy', 'replication_factor': 1}");
        }
        MigrationResult ours = onTheSameScripts(keyspace).migrate();
        assertThat(ours.applied()).extracting(AppliedScript::script).containsExactlyElementsOf(SCRIPTS);
        List<String> history = history(keyspace.name);

        cassandraMigrationMigrates(keyspace.name);

        assertThat(history(keyspace.name)).as("cassandra-migration wrote no history row").isEqualTo(history)
                .hasSize(2);
        try (CqlSession session = TestKeyspace.plainSession(node)) {
            assertThat(new Database(session, keyspace.name).getVersion()).isEqualTo(2);
            assertThat(session.execute("SELECT * FROM " + keyspace.name + ".schema_migration_leader").all())
                    .as("the lock was released").isEmpty();
        }
        assertThat(onTheSameScripts(keyspace).validate().scripts())
                .extracting(ScriptInfo::state).containsOnly(ScriptState.SUCCESS);
    }

    @Test
    void cassandraMigrationReadsAndMigratesAKeyspaceWithBaselineScriptAndRepeatableHistory() throws IOException {
        TestKeyspace keyspace = new TestKeyspace(node, directory, "compat_kinds");
        copy(FOLDER, SCRIPTS, keyspace);
        keyspace.script("B2__schema_at_2.cql", "CREATE KEYSPACE IF NOT EXISTS ${keyspace} WITH replication"
                        + " = ${replication};\n"
                        + "CREATE TABLE ${keyspace}.users (id int PRIMARY KEY, name text);\n"
                        + "CREATE TABLE ${keyspace}.orders (id int PRIMARY KEY, user_id int, total decimal);\n"
                        + "CREATE INDEX orders_by_user ON ${keyspace}.orders (user_id);\n")
                .script("R__users_by_name.cql", "DROP INDEX IF EXISTS ${keyspace}.users_by_name;\n"
                        + "CREATE INDEX users_by_name ON ${keyspace}.users (name);\n");
        assertThat(keyspace.migrate().applied()).extracting(AppliedScript::script)
                .containsExactly("B2__schema_at_2.cql");
        try (CqlSession session = TestKeyspace.plainSession(node)) {
            assertThat(new Database(session, keyspace.name).getVersion()).isEqualTo(2);
        }

        CqlSession session = TestKeyspace.plainSession(node);
        new MigrationTask(new Database(session, new Keyspace(keyspace.name)),
                new MigrationRepository(FOLDER + "-next")).migrate();

        try (CqlSession check = TestKeyspace.plainSession(node)) {
            assertThat(new Database(check, keyspace.name).getVersion()).isEqualTo(3);
            check.execute("INSERT INTO " + keyspace.name + ".users (id, name, email) VALUES (1, 'Ann', 'a@b.c')");
        }
        assertThat(history(keyspace.name)).hasSize(2).allSatisfy(row -> assertThat(row).startsWith("true"));
        copy(FOLDER + "-next", List.of("3_add_email.cql"), keyspace);
        MigrationInfo info = keyspace.validate();
        assertThat(info.scripts()).extracting(ScriptInfo::script, ScriptInfo::state).containsExactly(
                tuple("1_create_users.cql", ScriptState.SUPERSEDED),
                tuple("2_create_orders.cql", ScriptState.SUPERSEDED),
                tuple("B2__schema_at_2.cql", ScriptState.SUCCESS),
                tuple("3_add_email.cql", ScriptState.SUCCESS));
        assertThat(info.repeatables()).extracting(RepeatableScriptInfo::state).containsExactly(ScriptState.SUCCESS);
        assertThat(keyspace.migrate().applied()).isEmpty();
    }

    private void copy(String folder, List<String> scripts, TestKeyspace keyspace) throws IOException {
        for (String script : scripts) {
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(folder + "/" + script)) {
                Files.write(keyspace.scripts.resolve(script), in.readAllBytes());
            }
        }
    }

    /** This tool reading cassandra-migration's scripts where it reads them, from the classpath. */
    private static CqlShift onTheSameScripts(TestKeyspace keyspace) {
        return keyspace.configure().migrations("classpath:" + FOLDER).load();
    }

    private List<String> history(String keyspace) {
        try (CqlSession session = TestKeyspace.plainSession(node)) {
            return session.execute("SELECT applied_successful, version, script_name, script, executed_at FROM "
                    + keyspace + ".schema_migration").all().stream().map(CassandraMigrationCompatibilityTest::text)
                    .toList();
        }
    }

    private static String text(Row row) {
        return row.getBoolean(0) + " " + row.getInt(1) + " " + row.getString(2) + " " + row.getInstant(4) + " "
                + row.getString(3);
    }
}
