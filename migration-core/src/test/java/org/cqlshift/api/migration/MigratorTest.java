package org.cqlshift.api.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.Row;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.cqlshift.api.Failure;
import org.cqlshift.api.Reporter;
import org.cqlshift.api.config.Replication;
import org.cqlshift.embedded.EmbeddedCassandra;
import org.cqlshift.embedded.junit.CassandraExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(CassandraExtension.class)
class MigratorTest {

    private static CqlSession session;

    @TempDir
    Path directory;

    private EmbeddedCassandra node;

    @BeforeAll
    static void connect(EmbeddedCassandra node) {
        session = TestKeyspace.plainSession(node);
    }

    @AfterAll
    static void disconnect() {
        if (session != null) {
            session.close();
        }
    }

    @org.junit.jupiter.api.BeforeEach
    void node(EmbeddedCassandra node) {
        this.node = node;
    }

    private TestKeyspace keyspace() {
        return new TestKeyspace(node, directory, "mig");
    }

    private List<String> tables(String keyspace) {
        return session.execute("SELECT table_name FROM system_schema.tables WHERE keyspace_name = ?", keyspace)
                .all().stream().map(row -> row.getString("table_name")).toList();
    }

    @Test
    void migrateCreatesTheSampleTablesAndASecondRunAppliesNothing() {
        TestKeyspace keyspace = keyspace().sampleScripts();

        MigrationResult first = keyspace.migrate();

        assertThat(first.applied()).extracting(AppliedScript::script)
                .containsExactly("1_create_keyspace.cql", "2_create_users.cql", "3_create_employee.cql");
        assertThat(tables(keyspace.name)).contains("users", "employee", "schema_migration", "schema_migration_leader");
        session.execute("INSERT INTO " + keyspace.name + ".employee (emp_id, ename, sal, city) VALUES (1, 'Ann', 10.5, 'Oslo')");
        assertThat(keyspace.output()).contains("Applied 2_create_users.cql (version 2, 1 statement) in ")
                .contains("Applied 3 scripts to keyspace " + keyspace.name);

        MigrationResult second = keyspace.migrate();

        assertThat(second.applied()).isEmpty();
        assertThat(second.version()).hasValue(3);
        assertThat(keyspace.output()).contains("Keyspace " + keyspace.name + " is up to date at version 3; nothing to apply.");
    }

    @Test
    void historyRowsAreTheOnesCassandraMigrationReads() {
        TestKeyspace keyspace = keyspace().sampleScripts();
        keyspace.migrate();

        Row current = session.execute("select version from " + keyspace.name + ".schema_migration"
                + " where applied_successful = True order by version desc limit 1").one();
        assertThat(current.getInt("version")).isEqualTo(3);
        Row first = session.execute("SELECT script_name, script, executed_at FROM " + keyspace.name
                + ".schema_migration WHERE applied_successful = true AND version = 1").one();
        assertThat(first.getString("script_name")).isEqualTo("1_create_keyspace.cql");
        // cassandra-migration stores the file without its whole-line comments.
        assertThat(first.getString("script"))
                .isEqualTo("CREATE KEYSPACE IF NOT EXISTS ${keyspace} WITH replication = ${replication};");
        assertThat(first.getInstant("executed_at")).isNotNull();
        // cassandra-migration's own reader agrees on the version.
        assertThat(new org.cognitor.cassandra.migration.Database(session, keyspace.name).getVersion()).isEqualTo(3);
    }

    @Test
    void theKeyspaceScriptCreatesTheKeyspaceWithTheConfiguredReplication() {
        TestKeyspace keyspace = keyspace().sampleScripts();
        keyspace.configure().replication("NetworkTopologyStrategy:datacenter1=1").load().migrate();

        Map<String, String> stored = session.execute("SELECT replication FROM system_schema.keyspaces"
                + " WHERE keyspace_name = ?", keyspace.name).one().getMap("replication", String.class, String.class);
        assertThat(stored).containsEntry("class", "org.apache.cassandra.locator.NetworkTopologyStrategy")
                .containsEntry("datacenter1", "1");
        assertThat(keyspace.output()).doesNotContain("WARNING: Keyspace");
    }

    @Test
    void anExistingKeyspaceWithOtherReplicationIsLeftAloneWithAWarningNamingBoth() {
        TestKeyspace keyspace = keyspace().sampleScripts();
        keyspace.migrate();
        keyspace.configure().replication("NetworkTopologyStrategy:datacenter1=1").load().migrate();

        assertThat(keyspace.output()).contains("WARNING: Keyspace " + keyspace.name + " has replication")
                .contains("SimpleStrategy").contains("NetworkTopologyStrategy:datacenter1=1");
    }

    @Test
    void infoShowsPendingScriptsThenApplied() {
        TestKeyspace keyspace = keyspace().sampleScripts();

        MigrationInfo before = keyspace.info();
        assertThat(before.scripts()).extracting(ScriptInfo::state).containsOnly(ScriptState.PENDING);
        assertThat(before.currentVersion()).isEmpty();

        keyspace.migrate();
        MigrationInfo after = keyspace.info();

        assertThat(after.scripts()).extracting(ScriptInfo::state).containsOnly(ScriptState.SUCCESS);
        assertThat(after.scripts()).allSatisfy(script -> {
            assertThat(script.installedOn()).isPresent();
            assertThat(script.executionTime()).isPresent();
        });
        assertThat(after.toTable()).contains("create users").contains("2_create_users.cql").contains("success");
        assertThat(after.toJson()).contains("\"currentVersion\" : 3").contains("\"state\" : \"success\"");
    }

    @Test
    void dryRunPrintsResolvedStatementsAndCreatesNothing() {
        TestKeyspace keyspace = keyspace().sampleScripts();

        MigrationResult result = keyspace.configure().dryRun(true).load().migrate();

        assertThat(result.planned()).hasSize(3);
        assertThat(keyspace.output())
                .contains("CREATE KEYSPACE IF NOT EXISTS " + keyspace.name
                        + " WITH replication = {'class': 'SimpleStrategy', 'replication_factor': 1};")
                .contains("CREATE TABLE " + keyspace.name + ".users (")
                .doesNotContain("${");
        assertThat(session.execute("SELECT keyspace_name FROM system_schema.keyspaces WHERE keyspace_name = ?",
                keyspace.name).one()).isNull();
    }

    @Test
    void targetStopsAtTheGivenVersion() {
        TestKeyspace keyspace = keyspace().sampleScripts();

        keyspace.configure().target(2).load().migrate();

        assertThat(tables(keyspace.name)).contains("users").doesNotContain("employee");
        assertThat(keyspace.info().scripts()).extracting(ScriptInfo::state)
                .containsExactly(ScriptState.SUCCESS, ScriptState.SUCCESS, ScriptState.PENDING);
    }

    @Test
    void scriptsWithDollarBodiesBatchesEscapesAndCommentsApplyExactly() {
        TestKeyspace keyspace = keyspace().keyspaceScript().script("2_notes.cql", """
                /* A block comment; with a semicolon
                   over two lines */
                CREATE TABLE notes (id int PRIMARY KEY, body text); -- trailing comment; here
                // a slash comment; too
                INSERT INTO notes (id, body) VALUES (1, $$dollar body; with 'quotes' and -- no comment$$);
                INSERT INTO notes (id, body) VALUES (2, 'it''s; escaped');
                BEGIN BATCH
                  INSERT INTO notes (id, body) VALUES (3, 'one; two');
                  INSERT INTO notes (id, body) VALUES (4, '/* not a comment */');
                APPLY BATCH;
                """);

        keyspace.migrate();

        Map<Integer, String> bodies = new java.util.TreeMap<>();
        session.execute("SELECT id, body FROM " + keyspace.name + ".notes")
                .forEach(row -> bodies.put(row.getInt("id"), row.getString("body")));
        assertThat(bodies).containsExactly(
                Map.entry(1, "dollar body; with 'quotes' and -- no comment"),
                Map.entry(2, "it's; escaped"),
                Map.entry(3, "one; two"),
                Map.entry(4, "/* not a comment */"));
    }

    @Test
    void anEditedAppliedScriptFailsValidationAndBlocksMigrate() {
        TestKeyspace keyspace = keyspace().sampleScripts();
        keyspace.migrate();
        keyspace.script("2_create_users.cql", "CREATE TABLE ${keyspace}.users (id uuid PRIMARY KEY, name text);\n");
        keyspace.script("4_create_orders.cql", "CREATE TABLE ${keyspace}.orders (id int PRIMARY KEY);\n");

        assertThatThrownBy(keyspace::validate)
                .isInstanceOf(MigrationException.class)
                .hasMessageContaining("2_create_users.cql (version 2) was edited after it was applied")
                .satisfies(e -> assertThat(((MigrationException) e).failure()).isEqualTo(Failure.MIGRATION));
        assertThatThrownBy(keyspace::migrate).hasMessageContaining("2_create_users.cql (version 2) was edited");
        assertThat(tables(keyspace.name)).doesNotContain("orders");
        assertThat(keyspace.info().scripts()).extracting(ScriptInfo::state)
                .containsExactly(ScriptState.SUCCESS, ScriptState.CHANGED, ScriptState.SUCCESS, ScriptState.PENDING);
    }

    @Test
    void withValidateOnMigrateOffAnEditedAppliedScriptNoLongerBlocksThePendingOnes() {
        TestKeyspace keyspace = keyspace().sampleScripts();
        keyspace.migrate();
        keyspace.script("2_create_users.cql", "CREATE TABLE ${keyspace}.users (id uuid PRIMARY KEY, name text);\n");
        keyspace.script("4_create_orders.cql", "CREATE TABLE ${keyspace}.orders (id int PRIMARY KEY);\n");
        MigrationResult result = keyspace.configure().validateOnMigrate(false).reporter(Reporter.SILENT).load().migrate();

        assertThat(result.applied()).extracting(AppliedScript::version).containsExactly(4);
        assertThat(tables(keyspace.name)).contains("orders");
        assertThat(keyspace.info().scripts()).extracting(ScriptInfo::state)
                .containsExactly(ScriptState.SUCCESS, ScriptState.CHANGED, ScriptState.SUCCESS, ScriptState.SUCCESS);
        assertThatThrownBy(keyspace::validate).hasMessageContaining("2_create_users.cql (version 2) was edited");
    }

    @Test
    void aRemovedAppliedScriptShowsAsMissing() {
        TestKeyspace keyspace = keyspace().sampleScripts();
        keyspace.migrate();
        keyspace.delete("3_create_employee.cql");

        MigrationInfo info = keyspace.info();

        assertThat(info.scripts().get(2).state()).isEqualTo(ScriptState.MISSING);
        assertThat(info.scripts().get(2).script()).isEqualTo("3_create_employee.cql");
        assertThatThrownBy(keyspace::validate)
                .hasMessageContaining("3_create_employee.cql (version 3) is recorded in the history but its file is missing");
    }

    @Test
    void aFailedScriptResumesAtTheFailedStatementOnceFixed() {
        TestKeyspace keyspace = keyspace().keyspaceScript().script("2_counts.cql", """
                CREATE TABLE counts (id int PRIMARY KEY, n counter);
                CREATE TABLE broken (id int PRIMARY KEY, value nonsense_type);
                UPDATE counts SET n = n + 1 WHERE id = 1;
                """);

        assertThatThrownBy(keyspace::migrate)
                .isInstanceOf(MigrationException.class)
                .hasMessageContaining("2_counts.cql failed at statement 2 of 3")
                .hasMessageContaining("line 2, column 1")
                .hasMessageContaining("CREATE TABLE broken (id int PRIMARY KEY, value nonsense_type)")
                .hasMessageContaining("nonsense_type");
        ScriptInfo failed = keyspace.info().scripts().get(1);
        assertThat(failed.state()).isEqualTo(ScriptState.FAILED);
        assertThat(failed.stateDescription()).isEqualTo("failed at statement 2 of 3");

        keyspace.script("2_counts.cql", """
                CREATE TABLE counts (id int PRIMARY KEY, n counter);
                CREATE TABLE broken (id int PRIMARY KEY, value text);
                UPDATE counts SET n = n + 1 WHERE id = 1;
                """);
        MigrationResult resumed = keyspace.migrate();

        // The counts table was not created twice (that would fail), and the counter was incremented once.
        assertThat(resumed.applied()).singleElement().satisfies(s -> assertThat(s.firstStatement()).isEqualTo(2));
        assertThat(session.execute("SELECT n FROM " + keyspace.name + ".counts WHERE id = 1").one().getLong("n"))
                .isEqualTo(1);
        assertThat(keyspace.info().scripts().get(1).state()).isEqualTo(ScriptState.SUCCESS);
        assertThat(keyspace.output()).contains("Resumed 2_counts.cql at statement 2");
    }

    @Test
    void aFailedStatementIsReportedWithItsScriptPositionTextAndServerMessageAsFields() {
        TestKeyspace keyspace = keyspace().keyspaceScript().script("2_counts.cql", """
                CREATE TABLE counts (id int PRIMARY KEY, n counter);
                  CREATE TABLE broken (id int PRIMARY KEY, value nonsense_type);
                """);

        assertThatThrownBy(keyspace::migrate)
                .isInstanceOfSatisfying(StatementFailedException.class, e -> {
                    assertThat(e.script()).isEqualTo("2_counts.cql");
                    assertThat(e.source()).isEqualTo(keyspace.scripts.resolve("2_counts.cql").toString());
                    assertThat(e.version()).isEqualTo(2);
                    assertThat(e.statementNumber()).isEqualTo(2);
                    assertThat(e.statementCount()).isEqualTo(2);
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.column()).isEqualTo(3);
                    assertThat(e.statement()).isEqualTo("CREATE TABLE broken (id int PRIMARY KEY, value nonsense_type)");
                    assertThat(e.serverMessage()).contains("nonsense_type").doesNotContain("Statement:");
                    assertThat(e.failure()).isEqualTo(Failure.MIGRATION);
                    assertThat(e.suggestion()).get().asString()
                            .contains("resumes at statement 2", "run repair with a reason", "repair --mark-applied");
                });
    }

    @Test
    void repairAfterTheFailedStatementWasDoneByHandResumesThereAndCountsItAsApplied() {
        TestKeyspace keyspace = keyspace().keyspaceScript().script("2_three.cql", """
                CREATE TABLE first (id int PRIMARY KEY);
                CREATE TABLE second (id int PRIMARY KEY, value nonsense_type);
                CREATE TABLE third (id int PRIMARY KEY);
                """);
        assertThatThrownBy(keyspace::migrate).hasMessageContaining("failed at statement 2 of 3");
        // The hand fix the advice describes: the failed statement's change, made by hand; the file is left alone.
        session.execute("CREATE TABLE " + keyspace.name + ".second (id int PRIMARY KEY, value text)");

        MigrationInfo repaired;
        repaired = keyspace.configure().repairReason("created second by hand").load().repair();
        MigrationResult result = keyspace.migrate();

        assertThat(repaired.scripts().get(1).stateDescription()).isEqualTo("interrupted after statement 1 of 3");
        assertThat(result.applied()).singleElement().satisfies(s -> assertThat(s.firstStatement()).isEqualTo(2));
        assertThat(tables(keyspace.name)).contains("first", "second", "third");
        assertThat(keyspace.output()).contains("Statement 2 of 2_three.cql was not recorded as done, but the server"
                + " answers that its effect is already there");
        assertThat(keyspace.info().scripts()).extracting(ScriptInfo::state).containsOnly(ScriptState.SUCCESS);
        assertThat(session.execute("SELECT action FROM " + keyspace.name + ".schema_migration_repairs WHERE version = 2")
                .one().getString("action")).contains("cleared the failure at statement 2; the next migrate resumes at"
                + " statement 2");
    }

    @Test
    void repairMarkAppliedRecordsAScriptAHandFixCompletedAsAppliedForBothTools() {
        TestKeyspace keyspace = keyspace().keyspaceScript().script("2_pair.cql", """
                CREATE TABLE first (id int PRIMARY KEY);
                CREATE TABLE second (id int PRIMARY KEY, value nonsense_type);
                """);
        assertThatThrownBy(keyspace::migrate).hasMessageContaining("failed at statement 2 of 2");
        session.execute("CREATE TABLE " + keyspace.name + ".second (id int PRIMARY KEY, value text)");

        keyspace.configure().repairReason("finished 2_pair by hand").markApplied(true).load().repair();

        assertThat(keyspace.validate().scripts()).extracting(ScriptInfo::state).containsOnly(ScriptState.SUCCESS);
        assertThat(keyspace.migrate().applied()).isEmpty();
        assertThat(new org.cognitor.cassandra.migration.Database(session, keyspace.name).getVersion()).isEqualTo(2);
        assertThat(session.execute("SELECT action, reason FROM " + keyspace.name
                + ".schema_migration_repairs WHERE version = 2").one().getString("action"))
                .contains("marked as applied with its current checksum");
    }

    @Test
    void aFailedScriptWhoseSucceededStatementWasEditedIsRefused() {
        TestKeyspace keyspace = keyspace().keyspaceScript().script("2_counts.cql", """
                CREATE TABLE counts (id int PRIMARY KEY, n counter);
                CREATE TABLE broken (id int PRIMARY KEY, value nonsense_type);
                """);
        assertThatThrownBy(keyspace::migrate).hasMessageContaining("failed at statement 2");
        keyspace.script("2_counts.cql", """
                CREATE TABLE counts (id int PRIMARY KEY, n counter, m counter);
                CREATE TABLE broken (id int PRIMARY KEY, value text);
                """);

        assertThatThrownBy(keyspace::migrate)
                .isInstanceOf(MigrationException.class)
                .hasMessageContaining("2_counts.cql (version 2) failed at statement 2, and statement 1")
                .hasMessageContaining("was edited since")
                .satisfies(e -> assertThat(((MigrationException) e).suggestion()).get().asString()
                        .contains("Restore").contains("repair"));
        assertThat(tables(keyspace.name)).doesNotContain("broken");
    }

    @Test
    void repairRunsAgainAStatementEditedSinceItRanAndThoseAfterIt() {
        TestKeyspace keyspace = keyspace().keyspaceScript().script("2_pair.cql", """
                CREATE TABLE first_half (id int PRIMARY KEY);
                CREATE TABLE second_half (id int PRIMARY KEY, value nonsense_type);
                """);
        assertThatThrownBy(keyspace::migrate).hasMessageContaining("failed at statement 2");
        session.execute("DROP TABLE " + keyspace.name + ".first_half");
        keyspace.script("2_pair.cql", """
                CREATE TABLE first_half (id int PRIMARY KEY, note text);
                CREATE TABLE second_half (id int PRIMARY KEY, value text);
                """);

        keyspace.configure().repairReason("dropped first_half by hand").load().repair();
        keyspace.migrate();

        assertThat(tables(keyspace.name)).contains("first_half", "second_half");
        Row repair = session.execute("SELECT action, reason FROM " + keyspace.name
                + ".schema_migration_repairs WHERE version = 2").one();
        assertThat(repair.getString("reason")).isEqualTo("dropped first_half by hand");
        assertThat(repair.getString("action")).contains("cleared the failure at statement 2");
        assertThat(keyspace.info().scripts()).extracting(ScriptInfo::state).containsOnly(ScriptState.SUCCESS);
    }

    @Test
    void repairAcceptsAnEditedScript() {
        TestKeyspace keyspace = keyspace().sampleScripts();
        keyspace.migrate();
        keyspace.script("3_create_employee.cql",
                "CREATE TABLE ${keyspace}.employee (emp_id int PRIMARY KEY, ename varchar, sal double, city varchar);\n");

        keyspace.configure().repairReason("reformatted the script").load().repair();

        assertThat(keyspace.validate().scripts()).extracting(ScriptInfo::state).containsOnly(ScriptState.SUCCESS);
    }

    @Test
    void baselineAdoptsAnExistingSchema() {
        TestKeyspace keyspace = keyspace().sampleScripts()
                .script("4_create_orders.cql", "CREATE TABLE ${keyspace}.orders (id int PRIMARY KEY);\n");
        session.execute("CREATE KEYSPACE " + keyspace.name
                + " WITH replication = {'class': 'SimpleStrategy', 'replication_factor': 1}");
        session.execute("CREATE TABLE " + keyspace.name + ".users (id uuid PRIMARY KEY, name text, email text)");
        session.execute("CREATE TABLE " + keyspace.name
                + ".employee (emp_id int PRIMARY KEY, ename varchar, sal double, city varchar)");

        keyspace.configure().baselineVersion(3).load().baseline();
        MigrationResult result = keyspace.migrate();

        assertThat(result.applied()).extracting(AppliedScript::script).containsExactly("4_create_orders.cql");
        assertThat(keyspace.info().scripts()).extracting(ScriptInfo::state)
                .containsExactly(ScriptState.BASELINE, ScriptState.BASELINE, ScriptState.BASELINE, ScriptState.SUCCESS);
        assertThat(new org.cognitor.cassandra.migration.Database(session, keyspace.name).getVersion()).isEqualTo(4);
    }

    @Test
    void aMissingKeyspaceThatNoScriptCreatesIsRefused() {
        TestKeyspace keyspace = keyspace().script("1_users.cql", "CREATE TABLE users (id int PRIMARY KEY);\n");

        assertThatThrownBy(keyspace::migrate)
                .isInstanceOf(MigrationException.class)
                .hasMessageContaining("Keyspace " + keyspace.name + " does not exist and no script creates it");
    }

    @Test
    void aKeyspaceMigratedByCassandraMigrationCarriesOn() {
        TestKeyspace keyspace = keyspace().script("1_users.cql", """
                -- written for cassandra-migration, which runs scripts after USE <keyspace>
                CREATE TABLE users (id int PRIMARY KEY, name text);
                """);
        session.execute("CREATE KEYSPACE " + keyspace.name
                + " WITH replication = {'class': 'SimpleStrategy', 'replication_factor': 1}");
        try (CqlSession own = TestKeyspace.plainSession(node)) {
            // What cassandra-migration 2.6.1_v4 would have written after applying 1_users.cql.
            new org.cognitor.cassandra.migration.Database(own, keyspace.name);
            own.execute("CREATE TABLE " + keyspace.name + ".users (id int PRIMARY KEY, name text)");
            own.execute(com.datastax.oss.driver.api.core.cql.SimpleStatement.newInstance("insert into " + keyspace.name
                    + ".schema_migration(applied_successful, version, script_name, script, executed_at)"
                    + " values(?, ?, ?, ?, ?)", true, 1, "1_users.cql",
                    "CREATE TABLE users (id int PRIMARY KEY, name text);", java.time.Instant.now()));
        }
        keyspace.script("2_orders.cql", "CREATE TABLE orders (id int PRIMARY KEY);\n");

        MigrationResult result = keyspace.migrate();

        assertThat(result.applied()).extracting(AppliedScript::script).containsExactly("2_orders.cql");
        assertThat(tables(keyspace.name)).contains("orders");
        assertThat(keyspace.info().scripts()).extracting(ScriptInfo::state)
                .containsExactly(ScriptState.SUCCESS, ScriptState.SUCCESS);
    }

    @Test
    void aLockLeftByACrashedRunnerIsTakenOverOnceItExpiresAndMigrateReleasesItsOwn() {
        TestKeyspace keyspace = keyspace().sampleScripts();
        keyspace.configure().target(2).load().migrate();
        // A runner that crashed holding the lock: its row expires with its TTL.
        session.execute("INSERT INTO " + keyspace.name + ".schema_migration_leader (keyspace_name, leader, took_lead_at,"
                + " leader_hostname) VALUES (?, uuid(), toTimestamp(now()), 'crashed-host') USING TTL 3", keyspace.name);

        MigrationResult result = keyspace.migrate();

        assertThat(result.applied()).extracting(AppliedScript::script).containsExactly("3_create_employee.cql");
        assertThat(keyspace.output()).contains("Waiting for the migration lock held by crashed-host since ");
        assertThat(session.execute("SELECT leader FROM " + keyspace.name + ".schema_migration_leader").all()).isEmpty();
    }
}
