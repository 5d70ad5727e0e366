package org.cqlshift.api.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.cqlshift.api.Failure;
import org.cqlshift.api.OutputFormat;
import org.cqlshift.api.config.Setting;
import org.cqlshift.embedded.EmbeddedCassandra;
import org.cqlshift.embedded.junit.CassandraExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** A new script whose version is below the highest applied one: refused by default, applied with outOfOrder. */
@ExtendWith(CassandraExtension.class)
class OutOfOrderTest {

    @TempDir
    Path directory;

    /** Versions 1 and 3 applied; then a branch merged later brings version 2. */
    private TestKeyspace migratedWithALateScript(EmbeddedCassandra node) {
        TestKeyspace keyspace = new TestKeyspace(node, directory, "ooo").keyspaceScript()
                .script("3_create_orders.cql", "CREATE TABLE ${keyspace}.orders (id int PRIMARY KEY);\n");
        keyspace.migrate();
        return keyspace.script("2_create_users.cql", "CREATE TABLE ${keyspace}.users (id int PRIMARY KEY);\n");
    }

    @Test
    void aLateLowerVersionIsRefusedNamingTheScriptAndTheSetting(EmbeddedCassandra node) {
        TestKeyspace keyspace = migratedWithALateScript(node);

        assertThatThrownBy(keyspace::migrate)
                .isInstanceOf(MigrationException.class)
                .hasMessageContaining("Keyspace " + keyspace.name + " is at version 3")
                .hasMessageContaining("2_create_users.cql (version 2)")
                .satisfies(e -> assertThat(((MigrationException) e).failure()).isEqualTo(Failure.MIGRATION))
                .satisfies(e -> assertThat(((MigrationException) e).suggestion()).get().asString()
                        .contains(Setting.OUT_OF_ORDER.flag(), Setting.OUT_OF_ORDER.environmentVariable(),
                                Setting.OUT_OF_ORDER.property(), Setting.OUT_OF_ORDER.springProperty()));

        assertThat(keyspace.info().scripts()).extracting(ScriptInfo::state)
                .containsExactly(ScriptState.SUCCESS, ScriptState.PENDING, ScriptState.SUCCESS);
    }

    @Test
    void withOutOfOrderTheLateScriptIsAppliedAndInfoSaysSo(EmbeddedCassandra node) {
        TestKeyspace keyspace = migratedWithALateScript(node);

        MigrationResult result = keyspace.configure().outOfOrder(true).load().migrate();

        assertThat(result.applied()).extracting(AppliedScript::script).containsExactly("2_create_users.cql");
        assertThat(result.version()).hasValue(3);
        assertThat(keyspace.output()).contains("Applied 2_create_users.cql (version 2, 1 statement, out-of-order)");
        MigrationInfo info = keyspace.info();
        assertThat(info.scripts()).extracting(ScriptInfo::state)
                .containsExactly(ScriptState.SUCCESS, ScriptState.OUT_OF_ORDER, ScriptState.SUCCESS);
        assertThat(info.currentVersion()).hasValue(3);
        assertThat(info.render(OutputFormat.JSON)).contains("\"state\" : \"out-of-order\"");
        assertThat(keyspace.validate().scripts()).extracting(ScriptInfo::state)
                .containsExactly(ScriptState.SUCCESS, ScriptState.OUT_OF_ORDER, ScriptState.SUCCESS);
        // Without the setting, a script applied out of order is history like any other.
        assertThat(keyspace.migrate().applied()).isEmpty();
    }
}
