package org.cqlshift.api.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.datastax.oss.driver.api.core.CqlSession;
import java.nio.file.Path;
import org.cqlshift.embedded.EmbeddedCassandra;
import org.cqlshift.embedded.junit.CassandraExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Baseline scripts, {@code B<version>__<description>.cql}: a new keyspace starts from the newest one, a keyspace
 * with history never does.
 */
@ExtendWith(CassandraExtension.class)
class BaselineScriptsTest {

    private static final String KEYSPACE = "CREATE KEYSPACE IF NOT EXISTS ${keyspace} WITH replication = ${replication};\n";

    @TempDir
    Path directory;

    /** Versions 1 to 3 one by one, and the same schema squashed into B2 and B3. */
    private TestKeyspace withBaselineScripts(TestKeyspace keyspace) {
        return keyspace.keyspaceScript()
                .script("2_create_users.cql", "CREATE TABLE ${keyspace}.users (id int PRIMARY KEY);\n")
                .script("3_add_email.cql", "ALTER TABLE ${keyspace}.users ADD email text;\n")
                .script("B2__users.cql", KEYSPACE + "CREATE TABLE ${keyspace}.users (id int PRIMARY KEY);\n")
                .script("B3__users_with_email.cql", KEYSPACE
                        + "CREATE TABLE ${keyspace}.users (id int PRIMARY KEY, email text);\n")
                .script("4_create_orders.cql", "CREATE TABLE ${keyspace}.orders (id int PRIMARY KEY);\n");
    }

    @Test
    void aNewKeyspaceStartsFromTheNewestBaselineScriptAndAppliesOnlyTheLaterScripts(EmbeddedCassandra node) {
        TestKeyspace keyspace = withBaselineScripts(new TestKeyspace(node, directory, "bscript"));

        assertThat(keyspace.info().scripts()).extracting(ScriptInfo::script, ScriptInfo::state).containsExactly(
                tuple("1_create_keyspace.cql", ScriptState.SUPERSEDED),
                tuple("2_create_users.cql", ScriptState.SUPERSEDED),
                tuple("3_add_email.cql", ScriptState.SUPERSEDED),
                tuple("B3__users_with_email.cql", ScriptState.PENDING),
                tuple("4_create_orders.cql", ScriptState.PENDING));

        MigrationResult result = keyspace.migrate();

        assertThat(result.applied()).extracting(AppliedScript::version, AppliedScript::script)
                .containsExactly(tuple(3, "B3__users_with_email.cql"), tuple(4, "4_create_orders.cql"));
        assertThat(result.version()).hasValue(4);
        MigrationInfo info = keyspace.validate();
        assertThat(info.scripts()).extracting(ScriptInfo::script, ScriptInfo::state).containsExactly(
                tuple("1_create_keyspace.cql", ScriptState.SUPERSEDED),
                tuple("2_create_users.cql", ScriptState.SUPERSEDED),
                tuple("3_add_email.cql", ScriptState.SUPERSEDED),
                tuple("B3__users_with_email.cql", ScriptState.SUCCESS),
                tuple("4_create_orders.cql", ScriptState.SUCCESS));
        assertThat(info.scripts().get(3).description()).isEqualTo("users with email");
        assertThat(info.currentVersion()).hasValue(4);
        try (CqlSession session = TestKeyspace.plainSession(node)) {
            assertThat(session.execute("SELECT version, script_name FROM " + keyspace.name + ".schema_migration")
                    .all()).extracting(row -> row.getInt(0), row -> row.getString(1))
                    .containsExactlyInAnyOrder(tuple(3, "B3__users_with_email.cql"), tuple(4, "4_create_orders.cql"));
            assertThat(session.execute("SELECT kind FROM " + keyspace.name + ".schema_migration_details WHERE version = 3")
                    .one().getString(0)).isEqualTo("baseline-script");
            session.execute("INSERT INTO " + keyspace.name + ".users (id, email) VALUES (1, 'a@b.c')");
        }
        assertThat(keyspace.migrate().applied()).isEmpty();
    }

    @Test
    void withATargetTheStartIsTheNewestBaselineScriptNotAboveIt(EmbeddedCassandra node) {
        TestKeyspace keyspace = withBaselineScripts(new TestKeyspace(node, directory, "bscript_target"));

        MigrationResult result = keyspace.configure().target(2).load().migrate();

        assertThat(result.applied()).extracting(AppliedScript::script).containsExactly("B2__users.cql");
        assertThat(keyspace.info().scripts()).extracting(ScriptInfo::script, ScriptInfo::state).containsExactly(
                tuple("1_create_keyspace.cql", ScriptState.SUPERSEDED),
                tuple("2_create_users.cql", ScriptState.SUPERSEDED),
                tuple("B2__users.cql", ScriptState.SUCCESS),
                tuple("3_add_email.cql", ScriptState.PENDING),
                tuple("4_create_orders.cql", ScriptState.PENDING));
    }

    @Test
    void aKeyspaceWithHistorySkipsEveryBaselineScript(EmbeddedCassandra node) {
        TestKeyspace keyspace = new TestKeyspace(node, directory, "bscript_history").keyspaceScript()
                .script("2_create_users.cql", "CREATE TABLE ${keyspace}.users (id int PRIMARY KEY);\n");
        keyspace.migrate();
        withBaselineScripts(keyspace);

        MigrationResult result = keyspace.migrate();

        assertThat(result.applied()).extracting(AppliedScript::script)
                .containsExactly("3_add_email.cql", "4_create_orders.cql");
        assertThat(keyspace.info().scripts()).extracting(ScriptInfo::script).containsExactly(
                "1_create_keyspace.cql", "2_create_users.cql", "3_add_email.cql", "4_create_orders.cql");
    }
}
