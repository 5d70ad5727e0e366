package org.cqlshift.internal.cql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.cqlshift.api.callback.Event;
import org.cqlshift.api.config.Location;
import org.cqlshift.api.cql.ScriptException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CallbackScriptsTest {

    @TempDir
    Path directory;

    private void write(String name, String content) throws IOException {
        Files.writeString(directory.resolve(name), content);
    }

    @ParameterizedTest
    @CsvSource({
            "beforeMigrate.cql, BEFORE_MIGRATE",
            "beforeEachMigrate.cql, BEFORE_EACH_MIGRATE",
            "afterMigrateError__alert.cql, AFTER_MIGRATE_ERROR",
            "afterSeed__grant_readers.cql, AFTER_SEED"})
    void namesOfTheRuleGiveTheirEvent(String name, Event event) {
        assertThat(CallbackScriptName.event(name)).contains(event);
        assertThat(CallbackScriptName.nearMiss(name)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
            "beforemigrate.cql, BEFORE_MIGRATE",
            "afterMigrates.cql, AFTER_MIGRATE",
            "beforeMigrate_users.cql, BEFORE_MIGRATE",
            "beforeMigrate__.cql, BEFORE_MIGRATE",
            "BeforeMigrate.CQL, BEFORE_MIGRATE",
            "afterMigrateErrors.cql, AFTER_MIGRATE_ERROR",
            "aftereachmigrate__log.cql, AFTER_EACH_MIGRATE",
            "before_seed.cql, BEFORE_SEED"})
    void nearMissesNameTheEventTheyWereMeantFor(String name, Event event) {
        assertThat(CallbackScriptName.event(name)).isEmpty();
        assertThat(CallbackScriptName.nearMiss(name)).contains(event);
    }

    @ParameterizedTest
    @ValueSource(strings = {"create_users.cql", "init.cql", "1_beforeMigrate.cql", "seed_employees.cql"})
    void otherNamesAreNoNearMiss(String name) {
        assertThat(CallbackScriptName.nearMiss(name)).isEmpty();
    }

    @Test
    void callbackScriptsAreNotMigrationScriptsAndRunInFileNameOrderWithPlaceholders() throws IOException {
        write("1_create_keyspace.cql", "CREATE KEYSPACE ${keyspace} WITH replication = ${replication};\n");
        write("beforeMigrate__b.cql", "INSERT INTO ${keyspace}.audit (id) VALUES ('b');\n");
        write("beforeMigrate.cql", "-- first\nINSERT INTO ${keyspace}.audit (id) VALUES ('plain');\n");
        write("beforeMigrate__a.cql", "-- placeholders: off\nINSERT INTO t (id) VALUES ('${kept}');\n");
        write("afterSeed.cql", "SELECT * FROM system.local;\n");

        assertThat(ScriptDiscovery.discover(Location.directory(directory))).extracting(MigrationScript::fileName)
                .containsExactly("1_create_keyspace.cql");
        List<CallbackScript> scripts = CallbackScripts.discover(Location.directory(directory),
                getClass().getClassLoader(), new Placeholders(Map.of("keyspace", "app")), true);

        assertThat(scripts).extracting(CallbackScript::fileName).containsExactly("afterSeed.cql",
                "beforeMigrate.cql", "beforeMigrate__a.cql", "beforeMigrate__b.cql");
        CqlStatement plain = scripts.get(1).statements().get(0);
        assertThat(plain.text()).isEqualTo("INSERT INTO app.audit (id) VALUES ('plain')");
        assertThat(plain.line()).isEqualTo(2);
        assertThat(scripts.get(2).statements().get(0).text()).contains("${kept}");
    }

    @Test
    void anUndefinedPlaceholderInACallbackIsReportedAtItsPosition() throws IOException {
        write("afterMigrate.cql", "\nINSERT INTO ${keyspace}.audit (id) VALUES (${nope});\n");

        assertThatExceptionOfType(ScriptException.class).isThrownBy(() -> CallbackScripts.discover(
                        Location.directory(directory), getClass().getClassLoader(),
                        new Placeholders(Map.of("keyspace", "app")), true))
                .withMessageStartingWith(directory.resolve("afterMigrate.cql") + ":2:")
                .withMessageContaining("${nope}");
    }

    @Test
    void aNearMissStopsDiscoveryWithTheRuleAndTheRightName() throws IOException {
        write("1_create_keyspace.cql", "CREATE KEYSPACE k WITH replication = {};\n");
        write("beforemigrate.cql", "SELECT * FROM system.local;\n");

        assertThatExceptionOfType(ScriptException.class)
                .isThrownBy(() -> ScriptDiscovery.discover(Location.directory(directory)))
                .withMessageContaining("beforemigrate.cql looks like a callback script for beforeMigrate")
                .withMessageContaining("<event>.cql or <event>__<description>.cql")
                .satisfies(e -> assertThat(e.suggestion()).get().asString()
                        .contains("Rename beforemigrate.cql to beforeMigrate.cql"));
    }

    @Test
    void seedFindsNoCallbacksWithoutAMigrationsFolder() {
        assertThat(CallbackScripts.discover(Location.directory(directory.resolve("none")), getClass().getClassLoader(),
                new Placeholders(Map.of()), false)).isEmpty();
    }
}
