package org.cqlshift.api.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.datastax.oss.driver.api.core.CqlSession;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.cqlshift.api.ErrorReport;
import org.cqlshift.api.Failure;
import org.cqlshift.api.callback.Callback;
import org.cqlshift.api.callback.CallbackContext;
import org.cqlshift.api.callback.CallbackException;
import org.cqlshift.api.callback.CurrentScript;
import org.cqlshift.api.callback.Event;
import org.cqlshift.embedded.EmbeddedCassandra;
import org.cqlshift.embedded.junit.CassandraExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Callback scripts of the migrations folder and Java callbacks, at migrate's and seed's events. */
@ExtendWith(CassandraExtension.class)
class CallbacksTest {

    @TempDir
    Path directory;

    /** Each event it hears, with the script it is about. */
    private static final class Recorder implements Callback {
        final List<String> heard = new ArrayList<>();
        final List<CallbackContext> contexts = new ArrayList<>();

        @Override
        public void handle(Event event, CallbackContext context) {
            heard.add(event.id() + context.script().map(CurrentScript::script).map(s -> " " + s).orElse(""));
            contexts.add(context);
        }
    }

    @Test
    void scriptsAndJavaCallbacksRunAroundEachScriptAndOnEveryMigrateInTheKeyspace(EmbeddedCassandra node) {
        TestKeyspace keyspace = new TestKeyspace(node, directory, "callbacks").keyspaceScript()
                .script("2_create_users.cql", "CREATE TABLE users (id int PRIMARY KEY);\n")
                .script("beforeMigrate.cql", "CREATE TABLE IF NOT EXISTS audit (id text PRIMARY KEY, runs counter);\n")
                .script("afterEachMigrate.cql", "UPDATE audit SET runs = runs + 1 WHERE id = 'afterEachMigrate';\n")
                .script("afterMigrate__count.cql", "UPDATE ${keyspace}.audit SET runs = runs + 1 WHERE id = 'after';\n");
        Recorder recorder = new Recorder();

        MigrationResult first = keyspace.configure().callbacks(recorder).load().migrate();
        List<String> firstRun = List.copyOf(recorder.heard);
        recorder.heard.clear();
        MigrationResult second = keyspace.configure().callbacks(recorder).load().migrate();

        assertThat(first.applied()).hasSize(2);
        assertThat(firstRun).containsExactly("beforeMigrate", "beforeEachMigrate 1_create_keyspace.cql",
                "afterEachMigrate 1_create_keyspace.cql", "beforeEachMigrate 2_create_users.cql",
                "afterEachMigrate 2_create_users.cql", "afterMigrate");
        assertThat(recorder.contexts.get(2).applied()).hasValueSatisfying(
                applied -> assertThat(applied.script()).isEqualTo("1_create_keyspace.cql"));
        assertThat(recorder.contexts.get(5).migrationResult()).contains(first);
        assertThat(recorder.contexts.get(0).keyspace()).isEqualTo(keyspace.name);
        // Nothing pending: beforeMigrate and afterMigrate still run, as with Flyway.
        assertThat(second.applied()).isEmpty();
        assertThat(recorder.heard).containsExactly("beforeMigrate", "afterMigrate");
        try (CqlSession session = TestKeyspace.plainSession(node)) {
            Map<String, Long> runs = session.execute("SELECT id, runs FROM " + keyspace.name + ".audit").all().stream()
                    .collect(Collectors.toMap(row -> row.getString("id"), row -> row.getLong("runs")));
            assertThat(runs).containsEntry("afterEachMigrate", 2L).containsEntry("after", 2L);
        }
        assertThat(keyspace.output()).contains("Ran callback beforeMigrate.cql (1 statement)",
                "Ran callback afterMigrate__count.cql (1 statement)");
    }

    @Test
    void aFailingCallbackScriptStopsMigrateAtItsStatementAndAfterMigrateErrorCannotHideIt(EmbeddedCassandra node) {
        TestKeyspace keyspace = new TestKeyspace(node, directory, "callbacks_fail").keyspaceScript()
                .script("2_create_users.cql", "CREATE TABLE users (id int PRIMARY KEY);\n")
                .script("afterEachMigrate.cql", "-- count the scripts\n  INSERT INTO nowhere (id) VALUES (1);\n");
        Recorder recorder = new Recorder();
        Callback failingOnError = new Callback() {
            @Override
            public boolean supports(Event event) {
                return event == Event.AFTER_MIGRATE_ERROR;
            }

            @Override
            public void handle(Event event, CallbackContext context) {
                throw new IllegalStateException("alerting is down");
            }
        };

        assertThatThrownBy(() -> keyspace.configure().callbacks(recorder, failingOnError).load().migrate())
                .isInstanceOfSatisfying(CallbackException.class, e -> {
                    assertThat(e.getMessage()).startsWith("Callback afterEachMigrate.cql failed at statement 1 of 1 ("
                            + keyspace.scripts.resolve("afterEachMigrate.cql") + ", line 2, column 3): ");
                    assertThat(e.event()).isEqualTo(Event.AFTER_EACH_MIGRATE);
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.failure()).isEqualTo(Failure.MIGRATION);
                    assertThat(ErrorReport.of(e).exitCode()).isEqualTo(4);
                    assertThat(e.getSuppressed()).singleElement().satisfies(suppressed -> assertThat(
                            suppressed).hasMessageContaining("failed at afterMigrateError")
                            .hasMessageContaining("alerting is down"));
                });

        assertThat(recorder.heard).containsExactly("beforeMigrate", "beforeEachMigrate 1_create_keyspace.cql",
                "afterMigrateError");
        assertThat(recorder.contexts.get(2).error()).get().isInstanceOf(CallbackException.class);
        assertThat(keyspace.info().scripts()).extracting(ScriptInfo::state)
                .containsExactly(ScriptState.SUCCESS, ScriptState.PENDING);
    }

    @Test
    void aFailingJavaCallbackOfSeedStopsItAtTheSeedExitCodeAndADryRunRunsNone(EmbeddedCassandra node) {
        TestKeyspace keyspace = new TestKeyspace(node, directory, "callbacks_seed").keyspaceScript();
        Recorder recorder = new Recorder();
        Callback refusing = (event, context) -> {
            if (event == Event.BEFORE_SEED) {
                throw new IllegalStateException("no seeding on Fridays");
            }
        };

        keyspace.configure().dryRun(true).callbacks(recorder).load().migrate();

        assertThat(recorder.heard).isEmpty();
        assertThatThrownBy(() -> keyspace.configure().seeds(directory.resolve("seeds")).callbacks(refusing, recorder)
                .load().seed())
                .isInstanceOfSatisfying(CallbackException.class, e -> {
                    assertThat(e.getMessage()).contains("Callback " + refusing.getClass().getName()
                            + " failed at beforeSeed: java.lang.IllegalStateException: no seeding on Fridays");
                    assertThat(e.failure()).isEqualTo(Failure.SEED);
                    assertThat(ErrorReport.of(e).exitCode()).isEqualTo(5);
                    assertThat(e.source()).isEmpty();
                });
        assertThat(recorder.heard).containsExactly("afterSeedError");
    }
}
