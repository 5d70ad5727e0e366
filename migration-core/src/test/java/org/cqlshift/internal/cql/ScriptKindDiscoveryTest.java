package org.cqlshift.internal.cql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cqlshift.api.config.Location;
import org.cqlshift.api.cql.ScriptException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScriptKindDiscoveryTest {

    @TempDir
    Path directory;

    private void write(String name, String content) throws IOException {
        Files.writeString(directory.resolve(name), content, StandardCharsets.UTF_8);
    }

    private Location location() {
        return Location.directory(directory);
    }

    private ClassLoader loader() {
        return getClass().getClassLoader();
    }

    @Test
    void versionedRepeatableAndBaselineScriptsShareAFolderAndEachDiscoveryTakesItsOwn() throws IOException {
        write("1_create_users.cql", "CREATE TABLE users (id int PRIMARY KEY);");
        write("2_add_orders.cql", "CREATE TABLE orders (id int PRIMARY KEY);");
        write("B2__schema_at_2.cql", "CREATE TABLE users (id int PRIMARY KEY);");
        write("R__views.cql", "SELECT now() FROM system.local;");
        write("R__functions.cql", "SELECT now() FROM system.local;");

        assertThat(ScriptDiscovery.discover(location(), loader()))
                .extracting(MigrationScript::version, MigrationScript::fileName)
                .containsExactly(tuple(1, "1_create_users.cql"), tuple(2, "2_add_orders.cql"));
        assertThat(ScriptKindDiscovery.repeatable(location(), loader()))
                .extracting(MigrationScript::version, MigrationScript::description, MigrationScript::fileName)
                .containsExactly(tuple(0, "functions", "R__functions.cql"), tuple(0, "views", "R__views.cql"));
        assertThat(ScriptKindDiscovery.baseline(location(), loader()))
                .extracting(MigrationScript::version, MigrationScript::description, MigrationScript::fileName)
                .containsExactly(tuple(2, "schema at 2", "B2__schema_at_2.cql"));
    }

    @Test
    void repeatableScriptsAreOrderedByDescriptionNotByFileName() throws IOException {
        write("R__b_second.cql", "SELECT 1;");
        write("R__a_first.cql", "SELECT 1;");
        write("R__a.cql", "SELECT 1;");

        assertThat(ScriptKindDiscovery.repeatable(location(), loader())).extracting(MigrationScript::description)
                .containsExactly("a", "a first", "b second");
    }

    @Test
    void twoBaselineScriptsOfOneVersionAreAnErrorNamingBoth() throws IOException {
        write("B5__squashed.cql", "SELECT 1;");
        write("B005__other.cql", "SELECT 1;");

        assertThatExceptionOfType(ScriptException.class)
                .isThrownBy(() -> ScriptKindDiscovery.baseline(location(), loader()))
                .withMessageContaining("version 5 is used by two baseline scripts")
                .withMessageContaining("B005__other.cql")
                .withMessageContaining("B5__squashed.cql");
    }

    @Test
    void aBaselineScriptMayShareItsVersionWithAVersionedScript() throws IOException {
        write("5_add_orders.cql", "SELECT 1;");
        write("B5__squashed.cql", "SELECT 1;");

        assertThat(ScriptDiscovery.discover(location(), loader())).extracting(MigrationScript::version)
                .containsExactly(5);
        assertThat(ScriptKindDiscovery.baseline(location(), loader())).extracting(MigrationScript::version)
                .containsExactly(5);
    }

    @Test
    void aMisnamedBaselineScriptNamesTheFileAndTheRule() throws IOException {
        write("B5_squashed.cql", "SELECT 1;");

        assertThatExceptionOfType(ScriptException.class)
                .isThrownBy(() -> ScriptKindDiscovery.baseline(location(), loader()))
                .satisfies(e -> assertThat(e.source()).endsWith("B5_squashed.cql"))
                .withMessageContaining("has no __ after B<version>")
                .withMessageContaining(BaselineScriptName.RULE);
    }

    @Test
    void aLowerCaseRepeatablePrefixIsReportedAsAMisnamedScriptWithEveryRule() throws IOException {
        write("r__views.cql", "SELECT 1;");

        assertThatExceptionOfType(ScriptException.class)
                .isThrownBy(() -> ScriptDiscovery.discover(location(), loader()))
                .withMessageContaining("r__views.cql")
                .withMessageContaining(RepeatableScriptName.RULE)
                .withMessageContaining(BaselineScriptName.RULE);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "R__views.cql        |                                                     | views",
            "R__user_functions.cql |                                                   | user functions",
            "R__.cql             | file name R__.cql has no description after R__      | ''",
    })
    void repeatableNames(String name, String problem, String description) {
        assertThat(RepeatableScriptName.matches(name)).isTrue();
        assertThat(RepeatableScriptName.problem(name)).isEqualTo(problem);
        assertThat(RepeatableScriptName.description(name)).isEqualTo(description);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "B5__squashed.cql    |                                                                  ",
            "B007__at_7.cql      |                                                                  ",
            "B5__.cql            | file name B5__.cql has no description after B5__                 ",
            "B0__zero.cql        | the version of B0__zero.cql is 0; versions start at 1            ",
            "B1x__x.cql          | file name B1x__x.cql has '1x' after B, which is not a whole number",
            "B99999999999__x.cql | the version of B99999999999__x.cql is larger than 2147483647     ",
    })
    void baselineNames(String name, String problem) {
        assertThat(BaselineScriptName.matches(name)).isTrue();
        assertThat(BaselineScriptName.problem(name)).isEqualTo(problem);
    }

    @Test
    void namesOfOtherKindsAreNotTakenForBaselineOrRepeatableScripts() {
        assertThat(BaselineScriptName.matches("Backfill.cql")).isFalse();
        assertThat(BaselineScriptName.matches("1_create.cql")).isFalse();
        assertThat(RepeatableScriptName.matches("R_views.cql")).isFalse();
        assertThat(BaselineScriptName.version("B007__at_7.cql")).isEqualTo(7);
        assertThat(BaselineScriptName.description("B007__at_7.cql")).isEqualTo("at 7");
    }
}
