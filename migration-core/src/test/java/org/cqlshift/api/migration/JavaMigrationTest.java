package org.cqlshift.api.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.Row;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import org.cqlshift.api.CqlShift;
import org.cqlshift.api.Failure;
import org.cqlshift.api.config.Setting;
import org.cqlshift.api.cql.ScriptException;
import org.cqlshift.api.migration.java.CopyUsersByEmail;
import org.cqlshift.embedded.EmbeddedCassandra;
import org.cqlshift.embedded.junit.CassandraExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Java migrations share the scripts' versions, lock and history, found in a package or registered. */
@ExtendWith(CassandraExtension.class)
class JavaMigrationTest {

    private static final String USERS = """
            CREATE KEYSPACE IF NOT EXISTS ${keyspace} WITH replication = ${replication};
            CREATE TABLE ${keyspace}.users (id int PRIMARY KEY, email text);
            CREATE TABLE ${keyspace}.users_by_email (email text PRIMARY KEY, id int);
            INSERT INTO ${keyspace}.users (id, email) VALUES (1, 'ada@example.com');
            INSERT INTO ${keyspace}.users (id, email) VALUES (2, 'alan@example.com');
            """;

    @TempDir
    Path directory;

    @Test
    void aScannedJavaMigrationRunsBetweenTheScriptsAndIsRecordedAsJava(EmbeddedCassandra node) {
        TestKeyspace keyspace = new TestKeyspace(node, directory, "java").script("1_create_users.cql", USERS)
                .script("3_add_note.cql", "ALTER TABLE ${keyspace}.users_by_email ADD note text;\n");
        CqlShift shift = keyspace.configure().setting(Setting.JAVA_MIGRATIONS, CopyUsersByEmail.class.getPackageName())
                .load();

        MigrationResult result = shift.migrate();

        assertThat(result.applied()).extracting(AppliedScript::script)
                .containsExactly("1_create_users.cql", CopyUsersByEmail.class.getName(), "3_add_note.cql");
        assertThat(keyspace.output()).contains("Copied the users of " + keyspace.name + " by email.",
                "Applied Java migration " + CopyUsersByEmail.class.getName() + " (version 2) in ");
        try (CqlSession cql = TestKeyspace.plainSession(node)) {
            assertThat(cql.execute("SELECT email, id, note FROM " + keyspace.name + ".users_by_email").all())
                    .extracting(row -> row.getString("email") + "=" + row.getInt("id"))
                    .containsExactlyInAnyOrder("ada@example.com=1", "alan@example.com=2");
            Row history = cql.execute("SELECT script_name FROM " + keyspace.name + ".schema_migration"
                    + " WHERE applied_successful = true AND version = 2").one();
            assertThat(history.getString(0)).isEqualTo(CopyUsersByEmail.class.getName());
            assertThat(cql.execute("SELECT kind FROM " + keyspace.name + ".schema_migration_details"
                    + " WHERE version = 2").one().getString(0)).isEqualTo("java");
        }
        MigrationInfo info = shift.validate();
        assertThat(info.scripts()).extracting(ScriptInfo::type)
                .containsExactly(MigrationType.CQL, MigrationType.JAVA, MigrationType.CQL);
        assertThat(info.scripts().get(1)).satisfies(java -> {
            assertThat(java.state()).isEqualTo(ScriptState.SUCCESS);
            assertThat(java.description()).isEqualTo("copy users by email");
            assertThat(java.script()).isEqualTo(CopyUsersByEmail.class.getName());
            assertThat(java.stateDescription()).isEqualTo("success");
        });
        assertThat(info.toTable()).containsPattern("2 +\\| copy users by email +\\| JAVA +\\| "
                + CopyUsersByEmail.class.getName().replace(".", "\\.") + " +\\| success");
        assertThat(info.toJson()).contains("\"type\" : \"JAVA\"", "\"type\" : \"CQL\"");
        assertThat(shift.migrate().applied()).isEmpty();
    }

    @Test
    void aJavaMigrationAndAScriptOfTheSameVersionAreAnErrorNamingBoth(EmbeddedCassandra node) {
        TestKeyspace keyspace = new TestKeyspace(node, directory, "java_dup").script("1_create_users.cql", USERS)
                .script("2_copy.cql", "SELECT * FROM ${keyspace}.users;\n");

        assertThatThrownBy(() -> keyspace.configure().javaMigrations(new CopyUsersByEmail()).load().info())
                .isInstanceOf(ScriptException.class)
                .hasMessageContaining("version 2 is used by two migrations")
                .hasMessageContaining("2_copy.cql")
                .hasMessageContaining("Java migration " + CopyUsersByEmail.class.getName());
    }

    /** Fails until {@link #fixed} is set, as a migration whose bug is then fixed. */
    static final class FailingBackfill implements JavaMigration {

        private final AtomicBoolean fixed = new AtomicBoolean();

        @Override
        public int version() {
            return 2;
        }

        @Override
        public void migrate(JavaMigrationContext context) {
            if (!fixed.get()) {
                throw new IllegalStateException("user 3 has no email");
            }
            context.session().execute("INSERT INTO users_by_email (email, id) VALUES ('x@example.com', 3)");
        }
    }

    @Test
    void aDryRunNamesTheJavaMigrationAndAFailureIsRecordedThenRunAgain(EmbeddedCassandra node) {
        TestKeyspace keyspace = new TestKeyspace(node, directory, "java_fail").script("1_create_users.cql", USERS);
        FailingBackfill backfill = new FailingBackfill();

        MigrationResult dryRun = keyspace.configure().javaMigrations(backfill).dryRun(true).load().migrate();
        assertThat(dryRun.planned()).extracting(PlannedStatement::script).containsOnly("1_create_users.cql");
        assertThat(keyspace.output()).contains("-- Java migration " + FailingBackfill.class.getName()
                + " (version 2): would run its migrate(context); its CQL cannot be shown before it runs.");

        assertThatThrownBy(() -> keyspace.configure().javaMigrations(backfill).load().migrate())
                .isInstanceOf(MigrationException.class)
                .hasMessage("Java migration " + FailingBackfill.class.getName() + " (version 2) failed:"
                        + " java.lang.IllegalStateException: user 3 has no email")
                .satisfies(e -> assertThat(((MigrationException) e).failure()).isEqualTo(Failure.MIGRATION))
                .hasRootCauseInstanceOf(IllegalStateException.class);
        ScriptInfo failed = keyspace.configure().javaMigrations(backfill).load().info().scripts().get(1);
        assertThat(failed.state()).isEqualTo(ScriptState.FAILED);
        assertThat(failed.type()).isEqualTo(MigrationType.JAVA);
        assertThat(failed.stateDescription()).isEqualTo("failed");
        assertThat(failed.failure()).hasValue("java.lang.IllegalStateException: user 3 has no email");
        try (CqlSession cql = TestKeyspace.plainSession(node)) {
            assertThat(cql.execute("SELECT script_name FROM " + keyspace.name + ".schema_migration"
                    + " WHERE applied_successful = false AND version = 2").one().getString(0))
                    .isEqualTo(FailingBackfill.class.getName());
        }

        backfill.fixed.set(true);
        MigrationResult retried = keyspace.configure().javaMigrations(backfill).load().migrate();

        assertThat(retried.applied()).extracting(AppliedScript::script).containsExactly(FailingBackfill.class.getName());
        assertThat(keyspace.configure().javaMigrations(backfill).load().info().scripts())
                .extracting(ScriptInfo::state).containsExactly(ScriptState.SUCCESS, ScriptState.SUCCESS);
    }
}
