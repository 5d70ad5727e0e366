package org.cqlshift.api.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.datastax.oss.driver.api.core.CqlSession;
import java.nio.file.Path;
import org.cqlshift.api.OutputFormat;
import org.cqlshift.embedded.EmbeddedCassandra;
import org.cqlshift.embedded.junit.CassandraExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Repeatable scripts, {@code R__<description>.cql}: run after the versioned ones, and again only when changed. */
@ExtendWith(CassandraExtension.class)
class RepeatableScriptsTest {

    private static final String USERS = "CREATE TABLE ${keyspace}.users (id int PRIMARY KEY, name text);\n";
    private static final String INDEX = "DROP INDEX IF EXISTS ${keyspace}.users_by_name;\n"
            + "CREATE INDEX users_by_name ON ${keyspace}.users (name);\n";

    @TempDir
    Path directory;

    @Test
    void theyRunAfterTheVersionedScriptsByDescriptionAndAgainOnlyWhenChanged(EmbeddedCassandra node) {
        TestKeyspace keyspace = new TestKeyspace(node, directory, "repeatable").keyspaceScript()
                .script("R__users_by_name.cql", INDEX)
                .script("R__a_report.cql", "DROP TABLE IF EXISTS ${keyspace}.report;\n"
                        + "CREATE TABLE ${keyspace}.report (day date PRIMARY KEY, users int);\n")
                .script("2_create_users.cql", USERS);

        MigrationResult dryRun = keyspace.configure().dryRun(true).load().migrate();
        assertThat(dryRun.planned()).extracting(PlannedStatement::version, PlannedStatement::script)
                .containsExactly(tuple(1, "1_create_keyspace.cql"),
                        tuple(2, "2_create_users.cql"),
                        tuple(0, "R__a_report.cql"),
                        tuple(0, "R__a_report.cql"),
                        tuple(0, "R__users_by_name.cql"),
                        tuple(0, "R__users_by_name.cql"));

        MigrationResult first = keyspace.migrate();

        assertThat(first.applied()).extracting(AppliedScript::script)
                .containsExactly("1_create_keyspace.cql", "2_create_users.cql");
        assertThat(first.repeatables()).extracting(AppliedScript::script)
                .containsExactly("R__a_report.cql", "R__users_by_name.cql");
        assertThat(keyspace.output()).containsSubsequence("Applied 2_create_users.cql",
                "Applied repeatable R__a_report.cql (pending, 2 statements)",
                "Applied repeatable R__users_by_name.cql (pending, 2 statements)",
                "Applied 2 scripts and 2 repeatable scripts to keyspace " + keyspace.name);
        MigrationInfo info = keyspace.info();
        assertThat(info.repeatables()).extracting(RepeatableScriptInfo::description, RepeatableScriptInfo::state)
                .containsExactly(tuple("a report", ScriptState.SUCCESS),
                        tuple("users by name", ScriptState.SUCCESS));
        assertThat(info.repeatables()).allSatisfy(script -> {
            assertThat(script.installedOn()).isPresent();
            assertThat(script.executionTime()).isPresent();
            assertThat(script.checksum()).isPresent();
        });
        assertThat(info.currentVersion()).hasValue(2);
        assertThat(info.toTable()).containsPattern("(?m)^ +\\| users by name +\\| R__users_by_name\\.cql +\\| success");
        assertThat(info.render(OutputFormat.JSON)).contains("\"repeatables\" : [", "\"script\" : \"R__a_report.cql\"");
        try (CqlSession session = TestKeyspace.plainSession(node)) {
            assertThat(session.execute("SELECT script_name FROM " + keyspace.name + ".schema_migration").all())
                    .as("cassandra-migration's table holds only the versioned scripts").hasSize(2);
        }

        assertThat(keyspace.migrate().repeatables()).as("nothing changed").isEmpty();

        keyspace.script("R__users_by_name.cql", "-- by name, for the admin screen\n" + INDEX);
        assertThat(keyspace.validate().repeatables()).extracting(RepeatableScriptInfo::state)
                .containsExactly(ScriptState.SUCCESS, ScriptState.OUTDATED);
        assertThat(keyspace.migrate().repeatables()).extracting(AppliedScript::script)
                .containsExactly("R__users_by_name.cql");

        keyspace.delete("R__a_report.cql");
        assertThat(keyspace.migrate().repeatables()).isEmpty();
        assertThat(keyspace.info().repeatables()).extracting(RepeatableScriptInfo::script, RepeatableScriptInfo::state)
                .containsExactly(tuple("R__a_report.cql", ScriptState.MISSING),
                        tuple("R__users_by_name.cql", ScriptState.SUCCESS));
    }

    @Test
    void aFailureNamesTheFileLineAndColumnAndTheFixedScriptRunsAgainWhole(EmbeddedCassandra node) {
        TestKeyspace keyspace = new TestKeyspace(node, directory, "repeatable_fail").keyspaceScript()
                .script("R__report.cql", "CREATE TABLE IF NOT EXISTS ${keyspace}.report (id int PRIMARY KEY);\n"
                        + "\n  CREATE TABEL ${keyspace}.oops (id int PRIMARY KEY);\n");

        assertThatThrownBy(keyspace::migrate)
                .isInstanceOfSatisfying(StatementFailedException.class, e -> {
                    assertThat(e.script()).isEqualTo("R__report.cql");
                    assertThat(e.source()).endsWith("R__report.cql");
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.column()).isEqualTo(3);
                    assertThat(e.suggestion()).get().asString().contains("runs again from its first statement");
                });
        MigrationInfo failed = keyspace.info();
        assertThat(failed.repeatables()).extracting(RepeatableScriptInfo::stateDescription)
                .containsExactly("failed at statement 2 of 2");
        assertThat(failed.render(OutputFormat.JSON)).contains("\"state\" : \"failed\"", "\"failedStatement\" : 2");

        keyspace.script("R__report.cql", "CREATE TABLE IF NOT EXISTS ${keyspace}.report (id int PRIMARY KEY);\n"
                + "\n  CREATE TABLE IF NOT EXISTS ${keyspace}.fixed (id int PRIMARY KEY);\n");
        MigrationResult fixed = keyspace.migrate();

        assertThat(fixed.repeatables()).extracting(AppliedScript::script, AppliedScript::firstStatement)
                .containsExactly(tuple("R__report.cql", 1));
        assertThat(keyspace.info().repeatables()).extracting(RepeatableScriptInfo::state)
                .containsExactly(ScriptState.SUCCESS);
    }
}
