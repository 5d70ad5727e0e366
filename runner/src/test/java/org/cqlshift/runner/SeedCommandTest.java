package org.cqlshift.runner;

import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.CqlSession;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.cqlshift.embedded.EmbeddedCassandra;
import org.cqlshift.embedded.junit.CassandraExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(CassandraExtension.class)
class SeedCommandTest {

    private static final String KEYSPACE = "runner_seed";

    private static CqlSession session;
    private static String contactPoint;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeAll
    static void keyspace(EmbeddedCassandra node) {
        contactPoint = node.contactPointText();
        session = EmployeeKeyspace.create(node, KEYSPACE);
    }

    @AfterAll
    static void closeSession() {
        session.close();
    }

    private int run(Map<String, String> environment, String... args) {
        return Runner.run(args, environment, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String output() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void seedsTheSampleFilesFromTheCommandLineAndProfileFromTheEnvironment(@TempDir Path seeds) throws IOException {
        Files.writeString(seeds.resolve("employee.yaml"),
                "table: employee\nrows:\n  - {emp_id: 1, ename: LyubovK, sal: 2555, city: Dubai}\n");
        Files.createDirectories(seeds.resolve("dev"));
        Files.writeString(seeds.resolve("dev/more.yaml"),
                "table: employee\nrows:\n  - {emp_id: 2, ename: JiriK, sal: 5660, city: Toronto}\n");

        int exit = run(Map.of("CASSANDRA_SEED_PROFILE", "dev"), "seed", "--contact-points", contactPoint,
                "--keyspace", KEYSPACE, "--seeds", seeds.toString(), "--seed-mode", "truncate");

        assertThat(exit).as(errors()).isZero();
        assertThat(output()).containsPattern("Loaded employee.yaml: 1 rows \\(\\S+\\.employee 1\\) in \\d+\\.\\d s"
                        + " \\(checking \\d+\\.\\d s, writing \\d+\\.\\d s\\)")
                .contains("Loaded dev/more.yaml: 1 rows");
        assertThat(session.execute("SELECT ename FROM " + KEYSPACE + ".employee WHERE emp_id = 2").one()
                .getString(0)).isEqualTo("JiriK");
    }

    @Test
    void badSeedInputExitsWithCodeTwoAndSaysWhere(@TempDir Path seeds) throws IOException {
        Files.writeString(seeds.resolve("bad.yaml"),
                "table: employee\nrows:\n  - {emp_id: 7, ename: X}\n  - {emp_id: 8, sal: lots}\n");

        int exit = run(Map.of(), "seed", "--contact-points", contactPoint, "--keyspace", KEYSPACE,
                "--seeds", seeds.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(errors()).contains("ERROR: Seed file bad.yaml, line 4, column 22")
                .contains("column 'sal' expects double but found 'lots'")
                .contains("What to do:");
        assertThat(session.execute("SELECT * FROM " + KEYSPACE + ".employee WHERE emp_id = 7").one()).isNull();
    }

    @Test
    void anUnknownModeIsABadSetting(@TempDir Path seeds) {
        int exit = run(Map.of(), "seed", "--contact-points", contactPoint, "--keyspace", KEYSPACE,
                "--seeds", seeds.toString(), "--seed-mode", "replace");

        assertThat(exit).isEqualTo(2);
        assertThat(errors()).contains("Invalid cassandra.seedMode 'replace'")
                .contains("expected one of upsert, insert-if-absent, truncate");
    }

    @Test
    void anUnreachableClusterExitsWithCodeThree(@TempDir Path seeds) {
        int exit = run(Map.of(), "seed", "--contact-points", "127.0.0.1:1", "--seeds", seeds.toString());

        assertThat(exit).isEqualTo(3);
    }
}
