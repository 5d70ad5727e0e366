package org.cqlshift.api.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.datastax.oss.driver.api.core.cql.Row;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cqlshift.embedded.EmbeddedCassandra;
import org.cqlshift.embedded.junit.CassandraExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** CSV and JSON seed files load like YAML ones: by the live column types, all or nothing, with history. */
@ExtendWith(CassandraExtension.class)
class SeedFormatsTest {

    private static final String READING = "CREATE TABLE ${ks}.reading (sensor text, ts timestamp, value double,"
            + " tags set<text>, attrs map<text, int>, PRIMARY KEY (sensor, ts))";

    private SeedNode db;

    @BeforeEach
    void keyspace(EmbeddedCassandra node, TestInfo test, @TempDir Path seeds) {
        db = SeedNode.forTest(node, "fmt", test, seeds);
        db.cql(READING);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void csvJsonAndJsonLinesLoadByTheColumnTypes() {
        db.file("reading.csv", "sensor,ts,value,tags,attrs\n"
                + "a,2026-03-01T10:00:00Z,1.5,\"[\"\"x\"\",\"\"y\"\"]\",\"{\"\"floor\"\": 2}\"\n"
                + "a,2026-03-01T10:00:01Z,,,\n");
        db.file("dev/reading.json", "[{\"sensor\": \"b\", \"ts\": \"2026-03-01T10:00:00Z\", \"value\": 2.25,"
                + " \"tags\": [\"z\"], \"attrs\": {\"floor\": 3}}]");
        db.file("dev/" + db.keyspace + ".reading.jsonl", "{\"sensor\": \"c\", \"ts\": 1772359200000, \"value\": -1}\n");

        SeedResult result = db.seed(settings -> settings.seedProfile("dev"));

        assertThat(result.loaded()).extracting(SeededFile::file)
                .containsExactly("reading.csv", "dev/" + db.keyspace + ".reading.jsonl", "dev/reading.json");
        Row first = db.session.execute("SELECT * FROM " + db.keyspace + ".reading WHERE sensor = 'a' LIMIT 1").one();
        assertThat(first.getInstant("ts")).isEqualTo(Instant.parse("2026-03-01T10:00:00Z"));
        assertThat(first.getDouble("value")).isEqualTo(1.5);
        assertThat(first.getSet("tags", String.class)).isEqualTo(Set.of("x", "y"));
        assertThat(first.getMap("attrs", String.class, Integer.class)).isEqualTo(Map.of("floor", 2));
        List<Row> a = db.session.execute("SELECT * FROM " + db.keyspace + ".reading WHERE sensor = 'a'").all();
        assertThat(a.get(1).isNull("value")).isTrue();
        Row b = db.session.execute("SELECT * FROM " + db.keyspace + ".reading WHERE sensor = 'b'").one();
        assertThat(b.getMap("attrs", String.class, Integer.class)).isEqualTo(Map.of("floor", 3));
        Row c = db.session.execute("SELECT * FROM " + db.keyspace + ".reading WHERE sensor = 'c'").one();
        assertThat(c.getInstant("ts")).isEqualTo(Instant.ofEpochMilli(1772359200000L));

        assertThat(db.seed(settings -> settings.seedProfile("dev")).unchanged()).hasSize(3);
    }

    @Test
    void aBadCsvCellIsReportedAtItsLineAndColumnAndNothingIsWritten() {
        db.file("reading.csv", "sensor,ts,value\na,2026-03-01T10:00:00Z,1.5\na,2026-03-01T10:00:01Z,lots\n");

        assertThatThrownBy(db::seed)
                .isInstanceOf(InvalidSeedException.class)
                .hasMessageContaining("reading.csv, line 3, column 24")
                .hasMessageContaining("'value' expects double")
                .hasMessageContaining("'lots'")
                .hasMessageContaining("Nothing from this file was written");
        assertThat(db.count("reading")).isZero();
    }

    @Test
    void aBadJsonValueIsReportedAtItsLineAndColumn() {
        db.file("reading.jsonl", "{\"sensor\": \"a\", \"ts\": \"2026-03-01T10:00:00Z\"}\n"
                + "{\"sensor\": \"a\", \"ts\": \"2026-03-01T10:00:01Z\", \"tags\": [\"x\", 7, null]}\n");

        assertThatThrownBy(db::seed)
                .isInstanceOf(InvalidSeedException.class)
                .hasMessageContaining("reading.jsonl, line 2, column 64")
                .hasMessageContaining("collections cannot hold null");
        assertThat(db.count("reading")).isZero();
    }

    @Test
    void aFileNamingAMissingTableSaysSo() {
        db.file("readings.csv", "sensor,ts\na,2026-03-01T10:00:00Z\n");

        assertThatThrownBy(db::seed)
                .isInstanceOf(InvalidSeedException.class)
                .hasMessageContaining("readings.csv")
                .hasMessageContaining("readings");
    }

    @Test
    void aSidecarNamesTheTableOfAFileWhoseNameDoesNot() {
        db.file("readings-2026-03.csv", "sensor,ts,value\na,2026-03-01T10:00:00Z,1.5\n");
        db.file("readings-2026-03.csv.table", "# March, from the field units\n" + db.keyspace + ".reading\n");

        SeedResult first = db.seed();

        assertThat(first.loaded()).singleElement().satisfies(file -> {
            assertThat(file.file()).isEqualTo("readings-2026-03.csv");
            assertThat(file.rowsByTable()).containsExactly(Map.entry(db.keyspace + ".reading", 1L));
        });
        assertThat(db.count("reading")).isEqualTo(1);
        assertThat(db.seed().unchanged()).hasSize(1);

        db.cql("CREATE TABLE ${ks}.reading_copy (sensor text, ts timestamp, value double, PRIMARY KEY (sensor, ts))");
        db.file("readings-2026-03.csv.table", "reading_copy\n");
        assertThat(db.seed().loaded()).hasSize(1);
        assertThat(db.count("reading_copy")).isEqualTo(1);
    }

    @Test
    void aSidecarThatIsNoTableNameOrBesideAYamlFileIsRefusedBeforeAnythingIsWritten() {
        db.file("march.csv", "sensor,ts\na,2026-03-01T10:00:00Z\n");
        db.file("march.csv.table", "\n  reading; DROP TABLE x\n");

        assertThatThrownBy(db::seed)
                .isInstanceOf(InvalidSeedException.class)
                .hasMessageContaining("march.csv.table, line 2, column 3")
                .hasMessageContaining("'reading; DROP TABLE x' is not a table name");
        assertThat(db.count("reading")).isZero();

        db.file("march.csv.table", "reading\n");
        db.file("extra.yaml", "table: reading\nrows:\n  - {sensor: b, ts: 2026-03-01T10:00:00Z}\n");
        db.file("extra.yaml.table", "reading\n");
        assertThatThrownBy(db::seed)
                .isInstanceOf(InvalidSeedException.class)
                .hasMessageContaining("extra.yaml.table")
                .hasMessageContaining("a YAML seed file names its tables inside");
        assertThat(db.count("reading")).isZero();
    }
}
