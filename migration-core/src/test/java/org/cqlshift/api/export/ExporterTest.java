package org.cqlshift.api.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import com.datastax.oss.driver.api.core.config.DriverConfigLoader;
import com.datastax.oss.driver.api.core.cql.Row;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import org.cqlshift.api.CqlShift;
import org.cqlshift.api.CqlShiftBuilder;
import org.cqlshift.api.Reporter;
import org.cqlshift.api.config.ConfigurationException;
import org.cqlshift.api.config.Setting;
import org.cqlshift.embedded.EmbeddedCassandra;
import org.cqlshift.embedded.junit.CassandraExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Export, load into an empty copy of the table, compare value for value: for every CQL type, in every
 * format, against a real node.
 */
@ExtendWith(CassandraExtension.class)
class ExporterTest {

    private static final String SOURCE = "export_source";

    private static final List<String> SCHEMA = List.of(
            "CREATE TYPE ${ks}.address (street text, zip int, tags frozen<set<text>>)",
            "CREATE TABLE ${ks}.everything (id int, seq bigint, a ascii, t text, b blob, bo boolean, d date,"
                    + " dec decimal, dbl double, dur duration, f float, i inet, si smallint, ti tinyint, tm time,"
                    + " ts timestamp, tu timeuuid, u uuid, vi varint, l list<int>, s set<text>,"
                    + " m map<text, frozen<list<double>>>, mk map<frozen<tuple<int, text>>, text>,"
                    + " tup tuple<int, text, frozen<list<blob>>>, addr address, faddr frozen<address>,"
                    + " nested list<frozen<map<int, frozen<set<uuid>>>>>, vec vector<float, 3>,"
                    + " PRIMARY KEY ((id), seq))",
            "CREATE TABLE ${ks}.hits (page text PRIMARY KEY, views counter, likes counter)");

    private static final List<String> ROWS = List.of(
            "INSERT INTO ${ks}.everything (id, seq, a, t, b, bo, d, dec, dbl, dur, f, i, si, ti, tm, ts, tu, u, vi, l,"
                    + " s, m, mk, tup, addr, faddr, nested, vec) VALUES (1, 9223372036854775807, 'ascii ~', 'it''s:"
                    + " \"quoted\" # not a comment\nsecond line, ünïcödé ✓', 0xcafebabe00, true, '2026-03-01', 1.50,"
                    + " 0.1, 1mo2d3h4m5s6ms7us8ns, 3.4028235E38, '2001:db8::1', -32768, 127, '13:30:00.000000001',"
                    + " '2026-03-01T10:15:30.123Z', 50554d6e-29bb-11e5-b345-feff819cdc9f,"
                    + " 123e4567-e89b-12d3-a456-426614174000, -123456789012345678901234567890, [3, 1, 2],"
                    + " {'b', 'a'}, {'k': [1.5, -0.25]}, {(1, 'x'): 'one'}, (7, 'seven', [0x01, 0x]),"
                    + " {street: 'Main', zip: 123, tags: {'x'}}, {street: null, zip: 0, tags: {}},"
                    + " [{1: {123e4567-e89b-12d3-a456-426614174000}}], [1.5, -2.25, 3.4E-38])",
            "INSERT INTO ${ks}.everything (id, seq, dbl, f, dec, vi, t, b) VALUES (1, -1, NaN, -Infinity, 1E+3, 0,"
                    + " 'null', 0x)",
            "INSERT INTO ${ks}.everything (id, seq, dbl, t) VALUES (2, 0, Infinity, '  spaced  ')",
            "INSERT INTO ${ks}.everything (id, seq, t, a) VALUES (3, 0, '', '')",
            "UPDATE ${ks}.hits SET views = views + 42, likes = likes - 7 WHERE page = 'home'",
            "UPDATE ${ks}.hits SET views = views + 9223372036854775807 WHERE page = 'big'");

    private static EmbeddedCassandra node;
    private static CqlSession session;

    @BeforeAll
    static void source(EmbeddedCassandra shared) {
        node = shared;
        session = CqlSession.builder().addContactPoint(node.contactPoint()).withLocalDatacenter(node.localDatacenter())
                .withConfigLoader(DriverConfigLoader.programmaticBuilder()
                        .withDuration(DefaultDriverOption.REQUEST_TIMEOUT, Duration.ofSeconds(60)).build())
                .build();
        keyspace(SOURCE);
        ROWS.forEach(row -> session.execute(row.replace("${ks}", SOURCE)));
    }

    @AfterAll
    static void close() {
        session.close();
    }

    private static void keyspace(String name) {
        session.execute("DROP KEYSPACE IF EXISTS " + name);
        session.execute("CREATE KEYSPACE " + name + " WITH replication = {'class': 'SimpleStrategy',"
                + " 'replication_factor': 1}");
        SCHEMA.forEach(statement -> session.execute(statement.replace("${ks}", name)));
    }

    private static CqlShiftBuilder configure(String keyspace) {
        return CqlShift.configure().contactPoints(node.contactPointText()).localDatacenter(node.localDatacenter())
                .keyspace(keyspace).reporter(Reporter.SILENT);
    }

    private static ExportResult export(String table, Path file, Consumer<CqlShiftBuilder> settings) {
        CqlShiftBuilder builder = configure(SOURCE).exportTable(table).exportOutput(file);
        settings.accept(builder);
        return builder.load().export();
    }

    private static void seed(String keyspace, Path seeds) {
        configure(keyspace).seeds(seeds).load().seed();
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void everyTypeRoundTripsValueForValue(ExportFormat format, @TempDir Path seeds) {
        String copy = "export_copy_" + format.extension();
        keyspace(copy);
        String where = format == ExportFormat.CSV ? "id IN (1, 2)" : null; // CSV cannot hold the empty text of id 3
        for (String table : List.of("everything", "hits")) {
            ExportResult result = export(table, seeds.resolve(table + "." + format.extension()), settings -> settings
                    .exportFormat(format).exportWhere(table.equals("everything") ? where : null)
                    .setting(Setting.EXPORT_PAGE_SIZE, "2"));
            assertThat(result.rows()).isEqualTo(count(SOURCE, table, table.equals("everything") ? where : null));
        }

        seed(copy, seeds);

        assertSameRows(SOURCE, copy, "everything", where);
        assertSameRows(SOURCE, copy, "hits", null);
    }

    @Test
    void whereExportsOnlyTheRowsItSelects(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("part.yaml");
        ExportResult result = export(SOURCE + ".everything", file, settings -> settings.exportWhere("id = 1"));
        assertThat(result.rows()).isEqualTo(2);
        assertThat(Files.readString(file)).startsWith("table: \"everything\"\nrows:\n  - {");
    }

    @Test
    void csvRefusesAnEmptyTextAndLeavesNoFile(@TempDir Path dir) {
        Path file = dir.resolve("everything.csv");
        assertThatThrownBy(() -> export("everything", file, settings -> settings.exportFormat(ExportFormat.CSV)))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("empty text in column")
                .satisfies(e -> assertThat(((ConfigurationException) e).suggestion()).get().asString()
                        .contains("--export-format yaml or json"));
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void aMissingTableOrARefusedConditionIsBadInput(@TempDir Path dir) {
        assertThatThrownBy(() -> export("nope", dir.resolve("nope.yaml"), settings -> { }))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("export_source.nope does not exist");
        assertThatThrownBy(() -> export("everything", dir.resolve("e.yaml"), settings -> settings.exportWhere("t = 'x'")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("ALLOW FILTERING");
        assertThat(dir).isEmptyDirectory();
    }

    private static long count(String keyspace, String table, String where) {
        return session.execute("SELECT count(*) FROM " + keyspace + "." + table
                + (where == null ? "" : " WHERE " + where)).one().getLong(0);
    }

    private static void assertSameRows(String source, String copy, String table, String where) {
        String condition = where == null ? "" : " WHERE " + where;
        Iterator<Row> expected = session.execute("SELECT * FROM " + source + "." + table + condition).iterator();
        Iterator<Row> actual = session.execute("SELECT * FROM " + copy + "." + table + condition).iterator();
        int rows = 0;
        while (expected.hasNext()) {
            assertThat(actual.hasNext()).as("row %d of %s in the copy", rows + 1, table).isTrue();
            Row a = expected.next();
            Row b = actual.next();
            for (int i = 0; i < a.getColumnDefinitions().size(); i++) {
                assertThat(b.getBytesUnsafe(i)).as("%s.%s of %s", table, a.getColumnDefinitions().get(i).getName(),
                        a.getFormattedContents()).isEqualTo(a.getBytesUnsafe(i));
            }
            rows++;
        }
        assertThat(actual.hasNext()).as("more rows in the copy of " + table).isFalse();
        assertThat(rows).isPositive();
    }
}
