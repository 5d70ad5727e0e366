package org.cqlshift.api.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.datastax.oss.driver.api.core.CqlSession;
import java.nio.file.Path;
import java.util.Map;
import org.cqlshift.api.CqlShift;
import org.cqlshift.api.config.Configuration;
import org.cqlshift.api.config.Setting;
import org.cqlshift.api.cql.ScriptException;
import org.cqlshift.embedded.EmbeddedCassandra;
import org.cqlshift.embedded.junit.CassandraExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Template text such as {@code 'Hello ${user}'} in a script, with placeholders switched off two ways. */
@ExtendWith(CassandraExtension.class)
class PlaceholderReplacementTest {

    private static final String TEMPLATE_ROW = "INSERT INTO %s.greetings (id, template) VALUES (1, 'Hello ${user}');\n";

    @TempDir
    Path directory;

    private TestKeyspace keyspaceWithGreetings(EmbeddedCassandra node) {
        TestKeyspace keyspace = new TestKeyspace(node, directory, "placeholders").keyspaceScript();
        return keyspace.script("2_create_greetings.cql",
                "CREATE TABLE ${keyspace}.greetings (id int PRIMARY KEY, template text);\n");
    }

    @Test
    void byDefaultAnUndefinedPlaceholderInAStringLiteralIsAnError(EmbeddedCassandra node) {
        TestKeyspace keyspace = keyspaceWithGreetings(node);
        keyspace.script("3_insert_template.cql", String.format(TEMPLATE_ROW, "${keyspace}"));

        assertThatThrownBy(keyspace::migrate).isInstanceOf(ScriptException.class)
                .hasMessageContaining("placeholder ${user} is not defined");
    }

    @Test
    void aScriptWhoseFirstLineSwitchesPlaceholdersOffIsExecutedAsWritten(EmbeddedCassandra node) {
        TestKeyspace keyspace = keyspaceWithGreetings(node);
        keyspace.script("3_insert_template.cql",
                "-- placeholders: off\n" + String.format(TEMPLATE_ROW, keyspace.name));

        keyspace.migrate();

        assertThat(template(node, keyspace.name)).isEqualTo("Hello ${user}");
    }

    @Test
    void theSettingSwitchesReplacementOffForEveryScript(EmbeddedCassandra node) {
        TestKeyspace keyspace = new TestKeyspace(node, directory, "placeholders");
        keyspace.script("1_create_keyspace.cql", "CREATE KEYSPACE IF NOT EXISTS " + keyspace.name
                + " WITH replication = {'class': 'SimpleStrategy', 'replication_factor': 1};\n");
        keyspace.script("2_create_greetings.cql",
                "CREATE TABLE " + keyspace.name + ".greetings (id int PRIMARY KEY, template text);\n");
        keyspace.script("3_insert_template.cql", String.format(TEMPLATE_ROW, keyspace.name));
        keyspace.configure().placeholderReplacement(false).load().migrate();

        assertThat(template(node, keyspace.name)).isEqualTo("Hello ${user}");
    }

    @Test
    void theSettingComesFromItsEnvironmentVariableWhichDefinesNoPlaceholder() {
        Configuration configuration = CqlShift.configure()
                .environment(Map.of(Setting.PLACEHOLDER_REPLACEMENT.environmentVariable(), "false")).load()
                .configuration();

        assertThat(configuration.placeholderReplacement()).isFalse();
        assertThat(configuration.placeholders()).isEmpty();
        assertThat(CqlShift.configure().load().configuration().placeholderReplacement()).isTrue();
    }

    private static String template(EmbeddedCassandra node, String keyspace) {
        try (CqlSession session = TestKeyspace.plainSession(node)) {
            return session.execute("SELECT template FROM " + keyspace + ".greetings WHERE id = 1").one().getString(0);
        }
    }
}
