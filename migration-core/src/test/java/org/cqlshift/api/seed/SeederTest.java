package org.cqlshift.api.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.datastax.oss.driver.api.core.cql.Row;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.cqlshift.api.CqlShift;
import org.cqlshift.api.Failure;
import org.cqlshift.api.Reporter;
import org.cqlshift.api.config.ConfigurationException;
import org.cqlshift.embedded.EmbeddedCassandra;
import org.cqlshift.embedded.junit.CassandraExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(CassandraExtension.class)
class SeederTest {

    private static final String EMPLOYEE = "CREATE TABLE ${ks}.employee"
            + " (emp_id int PRIMARY KEY, ename varchar, sal double, city varchar)";

    private SeedNode db;

    @BeforeEach
    void keyspace(EmbeddedCassandra node, TestInfo test, @TempDir Path seeds) {
        db = SeedNode.forTest(node, "seed", test, seeds);
    }

    @AfterEach
    void dropKeyspace() {
        db.close();
    }

    @Test
    void theSampleSeedsLoad() {
        SeedNode samples = new SeedNode(db.node, db.keyspace, Path.of("../seeds").toAbsolutePath());
        try {
            samples.cql("CREATE TABLE ${ks}.users (id uuid PRIMARY KEY, name text, email text)");
            samples.cql(EMPLOYEE);
            SeedResult result = samples.seed();
            assertThat(result.loaded()).extracting(SeededFile::file).containsExactly("employee.yaml", "users.yaml");
            Row lyubov = samples.session.execute("SELECT * FROM " + db.keyspace + ".employee WHERE emp_id = 1").one();
            assertThat(lyubov.getString("ename")).isEqualTo("LyubovK");
            assertThat(lyubov.getDouble("sal")).isEqualTo(2555.0);
            assertThat(lyubov.getString("city")).isEqualTo("Dubai");
            assertThat(samples.count("employee")).isEqualTo(4);
            assertThat(samples.session.execute("SELECT name FROM " + db.keyspace + ".users").all())
                    .extracting(row -> row.getString("name")).containsExactlyInAnyOrder("Alice", "Bob");
        } finally {
            samples.session.close();
        }
    }

    @Test
    void aColumnLeftOutKeepsItsValueAndAnExplicitNullClearsIt() {
        db.cql(EMPLOYEE);
        db.cql("INSERT INTO ${ks}.employee (emp_id, ename, sal, city) VALUES (1, 'Old', 1, 'Dubai')");
        db.cql("INSERT INTO ${ks}.employee (emp_id, ename, sal, city) VALUES (2, 'Old', 1, 'Oslo')");
        db.file("e.yaml", "table: employee\nrows:\n  - {emp_id: 1, ename: LyubovK}\n  - {emp_id: 2, city: null}\n");

        db.seed();

        Row one = db.session.execute("SELECT * FROM " + db.keyspace + ".employee WHERE emp_id = 1").one();
        assertThat(one.getString("ename")).isEqualTo("LyubovK");
        assertThat(one.getString("city")).isEqualTo("Dubai");
        assertThat(one.getDouble("sal")).isEqualTo(1.0);
        Row two = db.session.execute("SELECT * FROM " + db.keyspace + ".employee WHERE emp_id = 2").one();
        assertThat(two.isNull("city")).isTrue();
        assertThat(two.getString("ename")).isEqualTo("Old");
    }

    @Test
    void aRerunSkipsUnchangedFilesAndLeavesTheSameData() {
        db.cql(EMPLOYEE);
        db.file("e.yaml", "table: employee\nrows:\n  - {emp_id: 1, ename: A}\n  - {emp_id: 2, ename: B}\n");

        SeedResult first = db.seed();
        SeedResult second = db.seed();

        assertThat(first.loaded()).hasSize(1);
        assertThat(second.loaded()).isEmpty();
        assertThat(second.unchanged()).extracting(SeededFile::file).containsExactly("e.yaml");
        assertThat(db.count("employee")).isEqualTo(2);
        Row history = db.session.execute("SELECT * FROM " + db.keyspace + ".seed_history WHERE file = 'e.yaml'").one();
        assertThat(history.getLong("rows")).isEqualTo(2);
        assertThat(history.getString("checksum")).hasSize(64);
        assertThat(history.getInstant("applied_at")).isNotNull();
    }

    @Test
    void aFileCheckedOutWithWindowsLineEndingsCountsAsUnchanged() {
        db.cql(EMPLOYEE);
        String yaml = "table: employee\nrows:\n  - {emp_id: 1, ename: A}\n";
        db.file("e.yaml", yaml);
        db.seed();
        db.file("e.yaml", yaml.replace("\n", "\r\n"));

        SeedResult again = db.seed();

        assertThat(again.unchanged()).extracting(SeededFile::file).containsExactly("e.yaml");
    }

    @Test
    void aChangedFileIsAppliedAgainAndForceReloadsAll() {
        db.cql(EMPLOYEE);
        db.file("e.yaml", "table: employee\nrows:\n  - {emp_id: 1, ename: A}\n");
        db.seed();
        db.cql("UPDATE ${ks}.employee SET ename = 'edited' WHERE emp_id = 1");

        db.file("e.yaml", "table: employee\nrows:\n  - {emp_id: 1, ename: A}\n  - {emp_id: 2, ename: B}\n");
        assertThat(db.seed().loaded()).hasSize(1);
        assertThat(db.count("employee")).isEqualTo(2);
        assertThat(name(1)).isEqualTo("A");

        db.cql("UPDATE ${ks}.employee SET ename = 'edited' WHERE emp_id = 1");
        assertThat(db.seed().loaded()).isEmpty();
        assertThat(name(1)).isEqualTo("edited");
        assertThat(db.seed(settings -> settings.seedForce(true)).loaded()).hasSize(1);
        assertThat(name(1)).isEqualTo("A");
    }

    @Test
    void insertIfAbsentKeepsARowAUserEdited() {
        db.cql(EMPLOYEE);
        db.cql("INSERT INTO ${ks}.employee (emp_id, ename) VALUES (1, 'edited by a user')");
        db.file("e.yaml", "table: employee\nrows:\n  - {emp_id: 1, ename: A}\n  - {emp_id: 2, ename: B}\n");

        SeedResult result = db.seed(settings -> settings.seedMode(SeedMode.INSERT_IF_ABSENT));

        assertThat(name(1)).isEqualTo("edited by a user");
        assertThat(name(2)).isEqualTo("B");
        assertThat(result.loaded().get(0).rowsLeftAlone()).isEqualTo(1);
    }

    @Test
    void truncateEmptiesEachTableOfTheFileFirst() {
        db.cql(EMPLOYEE);
        db.cql("INSERT INTO ${ks}.employee (emp_id, ename) VALUES (99, 'not in the file')");
        db.file("e.yaml", "table: employee\nrows:\n  - {emp_id: 1, ename: A}\n");

        db.seed(settings -> settings.seedMode(SeedMode.TRUNCATE));

        assertThat(db.count("employee")).isEqualTo(1);
        assertThat(name(1)).isEqualTo("A");
    }

    @Test
    void truncateWaitsUntilTheWholeFileIsValid() {
        db.cql(EMPLOYEE);
        db.cql("INSERT INTO ${ks}.employee (emp_id, ename) VALUES (99, 'kept')");
        db.file("e.yaml", "table: employee\nrows:\n  - {emp_id: 1, ename: A}\n  - {emp_id: x, ename: B}\n");

        assertThatThrownBy(() -> db.seed(settings -> settings.seedMode(SeedMode.TRUNCATE)))
                .isInstanceOf(InvalidSeedException.class);
        assertThat(db.count("employee")).isEqualTo(1);
        assertThat(name(99)).isEqualTo("kept");
    }

    @Test
    void profileFoldersLoadAfterTheSharedFilesOnlyWhenAsked() {
        db.cql(EMPLOYEE);
        db.file("b.yaml", "table: employee\nrows:\n  - {emp_id: 1, ename: shared-b}\n");
        db.file("a.yml", "table: employee\nrows:\n  - {emp_id: 1, ename: shared-a}\n");
        db.file("dev/z.yaml", "table: employee\nrows:\n  - {emp_id: 2, ename: dev}\n");
        db.file("test/t.yaml", "table: employee\nrows:\n  - {emp_id: 3, ename: test}\n");

        SeedResult plain = db.seed();
        assertThat(plain.files()).extracting(SeededFile::file).containsExactly("a.yml", "b.yaml");
        assertThat(name(1)).isEqualTo("shared-b");
        assertThat(db.count("employee")).isEqualTo(1);

        SeedResult dev = db.seed(settings -> settings.seedProfile("dev"));
        assertThat(dev.files()).extracting(SeededFile::file).containsExactly("a.yml", "b.yaml", "dev/z.yaml");
        assertThat(dev.loaded()).extracting(SeededFile::file).containsExactly("dev/z.yaml");
        assertThat(db.count("employee")).isEqualTo(2);

        assertThatThrownBy(() -> db.seed(settings -> settings.seedProfile("staging")))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("staging");
    }

    @Test
    void severalDocumentsInOneFileAndAnotherKeyspace() {
        db.cql(EMPLOYEE);
        db.cql("CREATE TABLE ${ks}.users (id uuid PRIMARY KEY, name text)");
        db.file("both.yaml", "table: employee\nrows:\n  - {emp_id: 1, ename: A}\n---\n"
                + "keyspace: " + db.keyspace + "\ntable: users\nrows:\n"
                + "  - {id: 6f1c6a4e-2b0f-4c55-9a59-5d4b0e7d2a01, name: Alice}\n");

        SeededFile file = db.seed().loaded().get(0);

        assertThat(file.rowsByTable()).containsExactly(Map.entry(db.keyspace + ".employee", 1L),
                Map.entry(db.keyspace + ".users", 1L));
        assertThat(file.checking()).isPositive().isLessThan(file.elapsed());
        assertThat(db.count("users")).isEqualTo(1);
    }

    @Test
    void rowsOfManyPartitionsInterleavedWithLargeRowsAndCountersLandExactly() {
        db.cql("CREATE TABLE ${ks}.notes (owner int, seq int, body text, PRIMARY KEY (owner, seq))");
        db.cql("CREATE TABLE ${ks}.hits (page text PRIMARY KEY, views counter)");
        String large = "x".repeat(6_000);
        StringBuilder yaml = new StringBuilder("table: notes\nrows:\n");
        // Partitions interleaved, some rows larger than a whole batch on their own.
        for (int i = 0; i < 600; i++) {
            yaml.append("  - {owner: ").append(i % 37).append(", seq: ").append(i).append(", body: ")
                    .append(i % 50 == 0 ? large : "note" + i).append("}\n");
        }
        yaml.append("---\ntable: hits\nrows:\n");
        for (int i = 0; i < 300; i++) {
            yaml.append("  - {page: p").append(i % 30).append(", views: ").append(i).append("}\n");
        }
        db.file("many.yaml", yaml.toString());

        assertThat(db.seed().rows()).isEqualTo(900);

        List<Row> notes = db.session.execute("SELECT owner, seq, body FROM " + db.keyspace + ".notes").all();
        assertThat(notes).hasSize(600).allSatisfy(row -> {
            int seq = row.getInt("seq");
            assertThat(row.getInt("owner")).isEqualTo(seq % 37);
            assertThat(row.getString("body")).isEqualTo(seq % 50 == 0 ? large : "note" + seq);
        });
        // Page p<k> counts k + (k + 30) + ... + (k + 270) = 10k + 1,350.
        List<Row> hits = db.session.execute("SELECT page, views FROM " + db.keyspace + ".hits").all();
        assertThat(hits).hasSize(30).allSatisfy(row -> assertThat(row.getLong("views"))
                .isEqualTo(10L * Integer.parseInt(row.getString("page").substring(1)) + 1_350));
    }

    @Test
    void aBadValueInTheLastRowWritesNothingAndSaysWhereAndWhat() {
        db.cql(EMPLOYEE);
        StringBuilder yaml = new StringBuilder("table: employee\nrows:\n");
        for (int i = 1; i <= 5000; i++) {
            yaml.append("  - {emp_id: ").append(i).append(", ename: e").append(i).append("}\n");
        }
        yaml.append("  - {emp_id: 3000000000, ename: last}\n");
        db.file("big.yaml", yaml.toString());

        assertThatThrownBy(db::seed)
                .isInstanceOf(InvalidSeedException.class)
                .hasMessageContaining("big.yaml, line 5003, column 14")
                .hasMessageContaining("employee")
                .hasMessageContaining("'emp_id'")
                .hasMessageContaining("expects int")
                .hasMessageContaining("'3000000000'")
                .hasMessageContaining("Nothing from this file was written")
                .satisfies(e -> {
                    InvalidSeedException error = (InvalidSeedException) e;
                    assertThat(error.failure()).isEqualTo(Failure.CONFIGURATION);
                    assertThat(error.line()).isEqualTo(5003);
                    assertThat(error.suggestion()).isPresent();
                });
        assertThat(db.count("employee")).isZero();
    }

    @Test
    void eachKindOfBadInputWritesNothingFromTheFile() {
        db.cql(EMPLOYEE);
        db.cql("CREATE TABLE ${ks}.small (id int PRIMARY KEY, t tinyint, tags map<text, int>)");
        String good = "table: employee\nrows:\n  - {emp_id: 1, ename: A}\n  - {emp_id: 2, ename: B}\n---\n";
        Map<String, List<String>> cases = Map.of(
                good + "table: nosuch\nrows:\n  - {id: 1}\n",
                List.of("line 6, column 8", "table 'nosuch' does not exist", "employee, small"),
                good + "keyspace: nosuch_ks\ntable: small\nrows:\n  - {id: 1}\n",
                List.of("keyspace 'nosuch_ks' does not exist"),
                good + "table: small\nrows:\n  - {id: 1, colour: red}\n",
                List.of("line 8, column 13", "has no column 'colour'", "id, t, tags"),
                good + "table: small\nrows:\n  - {id: 1, t: 300}\n",
                List.of("line 8, column 16", "column 't' expects tinyint but found '300'", "-128 to 127"),
                good + "table: small\nrows:\n  - {t: 1}\n",
                List.of("line 8, column 5", "no value for primary key column 'id' (int)"),
                good + "table: small\nrows:\n  - {id: 1, id: 2}\n",
                List.of("line 8, column 13", "duplicate key 'id'"),
                good + "table: small\nrows:\n  - id: 1\n    tags: {a: 1, a: 2}\n",
                List.of("line 9, column 18", "duplicate key 'a'"),
                good + "table: small\nrows:\n  - {id: 1, tags: {a: one}}\n",
                List.of("line 8", "column 'tags' expects map<text, int>", "the part at this position is 'one'"),
                good + "table: small\nrows:\n  - {id: 1, t: [1}\n",
                List.of("line 8", "malformed YAML"));
        int n = 0;
        for (Map.Entry<String, List<String>> bad : cases.entrySet()) {
            String name = "bad" + n++ + ".yaml";
            Path file = db.file(name, bad.getKey());
            assertThatThrownBy(db::seed)
                    .isInstanceOf(InvalidSeedException.class)
                    .hasMessageStartingWith("Seed file " + name)
                    .satisfies(e -> assertThat(e.getMessage()).contains(bad.getValue()));
            assertThat(db.count("employee")).as(bad.getKey()).isZero();
            assertThat(db.count("small")).isZero();
            file.toFile().delete();
        }
    }

    @Test
    void aWriteTheServerRefusesStopsWithTheCountWritten() {
        db.cql("CREATE TABLE ${ks}.keyed (k text PRIMARY KEY, v int)");
        StringBuilder yaml = new StringBuilder("table: keyed\nrows:\n");
        for (int i = 0; i < 100; i++) {
            yaml.append("  - {k: k").append(i).append(", v: 1}\n");
        }
        // A partition key longer than 64 KiB is refused by the server, not by the client.
        yaml.append("  - {k: ").append("x".repeat(70_000)).append(", v: 1}\n");
        db.file("keys.yaml", yaml.toString());

        assertThatThrownBy(db::seed)
                .isInstanceOf(SeedException.class)
                .hasMessageContaining("keys.yaml")
                .hasMessageMatching("(?s).* \\d+ of 101 rows were written.*")
                .satisfies(e -> assertThat(((SeedException) e).failure()).isEqualTo(Failure.SEED));
        assertThat(db.session.execute("SELECT table_name FROM system_schema.tables WHERE keyspace_name = ?"
                + " AND table_name = 'seed_history'", db.keyspace).one()).as("no history of a failed file").isNull();
    }

    @Test
    void withoutFilesThereIsNothingToDoEvenBeforeTheKeyspaceExists() {
        CqlShift absent = db.configure().keyspace("seed_absent_keyspace").load();
        assertThat(absent.seed().files()).isEmpty();

        db.file("e.yaml", "table: employee\nrows: []\n");
        assertThatThrownBy(absent::seed)
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("Keyspace 'seed_absent_keyspace' does not exist");
    }

    private String name(int id) {
        return db.session.execute("SELECT ename FROM " + db.keyspace + ".employee WHERE emp_id = " + id).one()
                .getString(0);
    }
}
