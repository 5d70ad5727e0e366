package org.cqlshift.api.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import com.datastax.oss.driver.api.core.config.DriverConfigLoader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.cqlshift.api.Failure;
import org.cqlshift.api.Reporter;
import org.cqlshift.api.CqlShift;
import org.cqlshift.api.config.ConfigurationException;
import org.cqlshift.api.verify.VerifyReport.Outcome;
import org.cqlshift.api.verify.VerifyReport.StepReport;
import org.cqlshift.api.verify.VerifyReport.TableReport;
import org.cqlshift.embedded.EmbeddedCassandra;
import org.cqlshift.internal.session.ToolTables;
import org.cqlshift.embedded.junit.CassandraExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.assertj.core.groups.Tuple;

@ExtendWith(CassandraExtension.class)
class VerifierTest {

    private static CqlSession cql;
    private static EmbeddedCassandra node;

    @BeforeAll
    static void connect(EmbeddedCassandra embedded) {
        node = embedded;
        // DDL on a busy two-core machine can take longer than the driver's default of 2 s.
        cql = CqlSession.builder().addContactPoint(node.contactPoint()).withLocalDatacenter(node.localDatacenter())
                .withConfigLoader(DriverConfigLoader.programmaticBuilder()
                        .withDuration(DefaultDriverOption.REQUEST_TIMEOUT, Duration.ofSeconds(60)).build())
                .build();
    }

    @AfterAll
    static void disconnect() {
        cql.close();
    }

    @Test
    void sampleKeyspacePassesAndKeepsItsRows() {
        createKeyspace("verify_sample");
        cql.execute("CREATE TABLE verify_sample.users (id uuid PRIMARY KEY, email text, name text, created timestamp)");
        cql.execute("CREATE TABLE verify_sample.employee (id int PRIMARY KEY, name text, salary double, dept text)");
        for (int i = 0; i < 3; i++) {
            cql.execute("INSERT INTO verify_sample.users (id, email, name, created) VALUES (uuid(), 'u" + i
                    + "@example.com', 'User " + i + "', toTimestamp(now()))");
            cql.execute("INSERT INTO verify_sample.employee (id, name, salary, dept) VALUES (" + i + ", 'E" + i
                    + "', 1000.5, 'ops')");
        }
        Map<String, Long> before = counts("verify_sample", "users", "employee");

        VerifyReport report = verify("verify_sample");

        assertThat(report.passed()).as(report.toText()).isTrue();
        assertThat(report.tables()).extracting(TableReport::table).containsExactly("employee", "users");
        assertThat(report.toText()).contains("employee", "users", "insert", "read", "update", "delete", "passed");
        assertThat(counts("verify_sample", "users", "employee")).isEqualTo(before);
    }

    @Test
    void tablesOfEveryShapeAndTypePassAndLeaveNoRowsBehind() {
        createKeyspace("verify_types");
        cql.execute("CREATE TYPE verify_types.address (street text, zip int, tags frozen<set<text>>)");
        cql.execute("CREATE TYPE verify_types.person (name text, home frozen<address>, phones frozen<list<text>>)");
        cql.execute("CREATE TABLE verify_types.scalars (k text PRIMARY KEY, a ascii, vc varchar, i int, bi bigint,"
                + " si smallint, ti tinyint, vi varint, f float, d double, dec decimal, b boolean, u uuid, tu timeuuid,"
                + " ip inet, du duration, bl blob, dt date, tm time, ts timestamp)");
        cql.execute("CREATE TABLE verify_types.collections (id timeuuid PRIMARY KEY, l list<int>, s set<text>,"
                + " m map<text, decimal>, fl frozen<list<frozen<map<int, text>>>>, t tuple<int, text, inet>,"
                + " nested map<text, frozen<list<frozen<set<uuid>>>>>, v vector<float, 3>)");
        cql.execute("CREATE TABLE verify_types.people (id uuid PRIMARY KEY, who person, moved frozen<person>,"
                + " history list<frozen<address>>)");
        cql.execute("CREATE TABLE verify_types.timeline (tenant text, day date, at timestamp, seq int, note text,"
                + " tenant_name text static, PRIMARY KEY ((tenant, day), at, seq))"
                + " WITH CLUSTERING ORDER BY (at DESC, seq ASC)");
        cql.execute("CREATE TABLE verify_types.page_views (page text, day date, views counter, clicks counter,"
                + " PRIMARY KEY (page, day))");
        cql.execute("CREATE TABLE verify_types.statics_only (p int, c int, s text static, PRIMARY KEY (p, c))");
        cql.execute("CREATE TABLE verify_types.tags_by_item (item bigint, tag text, PRIMARY KEY (item, tag))");
        cql.execute("CREATE TABLE verify_types.flags (enabled boolean, id inet, label text,"
                + " PRIMARY KEY (enabled, id))");
        cql.execute("CREATE TABLE verify_types.keyed_by_tuple (k frozen<tuple<int, text>> PRIMARY KEY,"
                + " owner frozen<address>)");
        cql.execute("CREATE INDEX ON verify_types.scalars (i)");
        cql.execute("CREATE TABLE verify_types.schema_migration (applied_successful boolean, version int,"
                + " PRIMARY KEY (applied_successful, version))");
        List<String> tables = List.of("scalars", "collections", "people", "timeline", "page_views", "tags_by_item",
                "flags", "keyed_by_tuple", "statics_only");
        cql.execute("INSERT INTO verify_types.flags (enabled, id, label) VALUES (true, '10.0.0.1', 'real')");

        VerifyReport report = verify("verify_types");

        assertThat(report.passed()).as(report.toText()).isTrue();
        assertThat(report.tables()).extracting(TableReport::table).containsExactlyInAnyOrderElementsOf(tables);
        assertThat(report.skippedTables()).containsExactly("schema_migration");
        assertThat(stepsOf(report, "tags_by_item")).filteredOn(s -> s.step().equals("update"))
                .singleElement().satisfies(s -> {
                    assertThat(s.outcome()).isEqualTo(Outcome.SKIPPED);
                    assertThat(s.detail()).contains("only primary key columns");
                });
        assertThat(stepsOf(report, "statics_only")).filteredOn(s -> s.step().equals("update"))
                .singleElement().satisfies(s -> assertThat(s.detail()).contains("column s"));
        assertThat(stepsOf(report, "page_views")).extracting(StepReport::step)
                .containsExactly("increment", "read", "delete");
        Map<String, Long> after = counts("verify_types", tables.toArray(String[]::new));
        after.put("flags", after.get("flags") - 1);
        assertThat(after.values()).allMatch(count -> count == 0);
        assertThat(cql.execute("SELECT label FROM verify_types.flags WHERE enabled = true AND id = '10.0.0.1'")
                .one().getString("label")).isEqualTo("real");
        assertThat(counts("verify_types", "schema_migration").get("schema_migration")).isZero();
    }

    @Test
    void tableThatCannotRoundTripFailsWithTheReasonAndExitCodeSix() {
        createKeyspace("verify_failing");
        cql.execute("CREATE TABLE verify_failing.embeddings (id int PRIMARY KEY, words vector<text, 2>)");
        cql.execute("CREATE TABLE verify_failing.fine (id int PRIMARY KEY, v text)");

        VerifyReport report = verify("verify_failing");

        assertThat(report.passed()).isFalse();
        assertThat(report.failedTables()).extracting(TableReport::table).containsExactly("embeddings");
        assertThat(stepsOf(report, "embeddings")).extracting(StepReport::step, StepReport::outcome).containsExactly(
                Tuple.tuple("insert", Outcome.FAILED),
                Tuple.tuple("read", Outcome.SKIPPED),
                Tuple.tuple("update", Outcome.SKIPPED),
                Tuple.tuple("delete", Outcome.SKIPPED));
        assertThat(stepsOf(report, "embeddings").get(0).detail()).contains("vectors of text");
        assertThat(report.toText()).contains("1 failed", "embeddings", "failed");
        assertThatThrownBy(report::requirePassed)
                .isInstanceOf(VerifyException.class)
                .hasMessageContaining("embeddings")
                .satisfies(e -> assertThat(((VerifyException) e).failure().exitCode()).isEqualTo(6));
        assertThat(counts("verify_failing", "embeddings", "fine").values()).containsOnly(0L);
    }

    @Test
    void namedTablesOnlyAreVerified() {
        createKeyspace("verify_named");
        cql.execute("CREATE TABLE verify_named.a (id int PRIMARY KEY, v text)");
        cql.execute("CREATE TABLE verify_named.b (id int PRIMARY KEY, v text)");

        VerifyReport report = verify("verify_named", "b");

        assertThat(report.tables()).extracting(TableReport::table).containsExactly("b");
    }

    @Test
    void missingKeyspaceIsAConfigurationError() {
        assertThatThrownBy(() -> verify("verify_nowhere"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("Keyspace 'verify_nowhere' does not exist")
                .satisfies(e -> assertThat(((ConfigurationException) e).failure().exitCode()).isEqualTo(2));
    }

    @Test
    void unknownTableIsAConfigurationErrorNamingTheTablesThatExist() {
        createKeyspace("verify_unknown");
        cql.execute("CREATE TABLE verify_unknown.orders (id int PRIMARY KEY, v text)");

        assertThatThrownBy(() -> verify("verify_unknown", "orders", "invoices"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("Table 'invoices' does not exist in keyspace 'verify_unknown'")
                .satisfies(e -> assertThat(((ConfigurationException) e).suggestion()).hasValueSatisfying(
                        s -> assertThat(s).contains("orders")));
    }

    @Test
    void keyspaceWithoutUserTablesFailsVerify() {
        createKeyspace("verify_empty");
        cql.execute("CREATE TABLE verify_empty.schema_migration_leader (keyspace_name text PRIMARY KEY, leader uuid)");

        assertThatThrownBy(() -> verify("verify_empty"))
                .isInstanceOf(VerifyException.class)
                .hasMessageContaining("has no tables to verify")
                .satisfies(e -> assertThat(((VerifyException) e).failure()).isEqualTo(Failure.VERIFY));
    }

    @Test
    void jsonReportHasOneEntryPerTableAndStep() throws Exception {
        createKeyspace("verify_json");
        cql.execute("CREATE TABLE verify_json.events (id uuid PRIMARY KEY, payload text)");

        JsonNode json = new ObjectMapper().readTree(verify("verify_json").toJson());

        assertThat(json.get("keyspace").asText()).isEqualTo("verify_json");
        assertThat(json.get("passed").asBoolean()).isTrue();
        assertThat(json.get("elapsedMillis").isNumber()).isTrue();
        JsonNode table = json.get("tables").get(0);
        assertThat(table.get("table").asText()).isEqualTo("events");
        assertThat(table.get("passed").asBoolean()).isTrue();
        assertThat(table.get("steps")).extracting(s -> s.get("step").asText())
                .containsExactly("insert", "read", "update", "delete");
        assertThat(table.get("steps")).allSatisfy(s -> {
            assertThat(s.get("result").asText()).isEqualTo("passed");
            assertThat(s.has("elapsedMillis")).isTrue();
            assertThat(s.has("detail")).isTrue();
        });
    }

    private static List<StepReport> stepsOf(VerifyReport report, String table) {
        return report.tables().stream().filter(t -> t.table().equals(table)).findFirst().orElseThrow().steps();
    }

    /** The report, whether it passed or not; other failures are thrown. */
    @Test
    void aProbeRowThatAVerifyStoppedMidwayLeftIsDeletedByTheNextVerify() {
        createKeyspace("verify_leftover");
        cql.execute("CREATE TABLE verify_leftover.users (id int PRIMARY KEY, name text)");
        cql.execute("INSERT INTO verify_leftover.users (id, name) VALUES (1, 'a real row')");
        assertThat(verify("verify_leftover").passed()).isTrue();
        assertThat(cql.execute("SELECT * FROM verify_leftover." + ToolTables.VERIFY_PROBES).all())
                .as("records of probe rows after a verify that finished").isEmpty();

        // What a verify killed between its insert and its delete leaves: its probe row, and the record of it.
        cql.execute("INSERT INTO verify_leftover.users (id, name) VALUES (-42, 'probe') IF NOT EXISTS");
        cql.execute("INSERT INTO verify_leftover." + ToolTables.VERIFY_PROBES + " (table_name, probe_key, cleanup,"
                + " written_at) VALUES ('users', 'id = -42', ['DELETE FROM verify_leftover.users WHERE id = -42"
                + " IF EXISTS'], toTimestamp(now()))");
        List<String> said = new CopyOnWriteArrayList<>();

        VerifyReport report = verify("verify_leftover", Reporter.of(said::add, said::add, message -> { }));

        assertThat(report.passed()).as(report.toText()).isTrue();
        assertThat(said).anySatisfy(message -> assertThat(message).startsWith("Deleted the probe row that a verify"
                + " stopped midway at ").endsWith(" left in verify_leftover.users (id = -42)."));
        assertThat(cql.execute("SELECT id FROM verify_leftover.users").all()).extracting(row -> row.getInt("id"))
                .containsExactly(1);
        assertThat(cql.execute("SELECT * FROM verify_leftover." + ToolTables.VERIFY_PROBES).all()).isEmpty();
    }

    private static VerifyReport verify(String keyspace, String... tables) {
        return verify(keyspace, Reporter.SILENT, tables);
    }

    private static VerifyReport verify(String keyspace, Reporter reporter, String... tables) {
        CqlShift shift = CqlShift.configure()
                .contactPoints(node.contactPointText())
                .localDatacenter(node.localDatacenter())
                .keyspace(keyspace)
                .verifyTables(tables)
                .reporter(reporter)
                .load();
        try {
            return shift.verify();
        } catch (VerifyException e) {
            return e.report().orElseThrow(() -> e);
        }
    }

    private static void createKeyspace(String keyspace) {
        cql.execute("DROP KEYSPACE IF EXISTS " + keyspace);
        cql.execute("CREATE KEYSPACE " + keyspace
                + " WITH replication = {'class': 'SimpleStrategy', 'replication_factor': 1}");
    }

    private static Map<String, Long> counts(String keyspace, String... tables) {
        Map<String, Long> counts = new TreeMap<>();
        for (String table : tables) {
            counts.put(table, cql.execute("SELECT count(*) FROM " + keyspace + "." + table).one().getLong(0));
        }
        return counts;
    }
}
