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
class ExportCommandTest {

    private static final String KEYSPACE = "runner_export";

    private static CqlSession session;
    private static String contactPoint;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeAll
    static void keyspace(EmbeddedCassandra node) {
        contactPoint = node.contactPointText();
        session = EmployeeKeyspace.create(node, KEYSPACE);
        session.execute("INSERT INTO " + KEYSPACE + ".employee (emp_id, ename, sal, city) VALUES (1, 'LyubovK', 2555.5,"
                + " 'Dubai')");
        session.execute("INSERT INTO " + KEYSPACE + ".employee (emp_id, ename) VALUES (2, 'JiriK')");
    }

    @AfterAll
    static void closeSession() {
        session.close();
    }

    private int run(String... args) {
        return Runner.run(args, Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void exportsATableAsACsvSeedFileThatSeedLoadsBack(@TempDir Path seeds) throws IOException {
        Path file = seeds.resolve("employee.csv");

        int exit = run("export", "--export-table", "employee", "--export-format", "csv", "--export-output", file.toString(),
                "--contact-points", contactPoint, "--keyspace", KEYSPACE);

        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Exported 2 rows of runner_export.employee");
        assertThat(Files.readAllLines(file)).containsExactlyInAnyOrder("emp_id,city,ename,sal",
                "1,Dubai,LyubovK,2555.5", "2,,JiriK,");

        session.execute("TRUNCATE " + KEYSPACE + ".employee");
        int seeded = run("seed", "--contact-points", contactPoint, "--keyspace", KEYSPACE, "--seeds", seeds.toString());

        assertThat(seeded).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(session.execute("SELECT count(*) FROM " + KEYSPACE + ".employee").one().getLong(0)).isEqualTo(2);
    }

    @Test
    void anUnknownFormatIsBadInput(@TempDir Path dir) {
        int exit = run("export", "--export-table", "employee", "--export-format", "xml", "--export-output", dir.resolve("e.xml").toString(),
                "--contact-points", contactPoint, "--keyspace", KEYSPACE);

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Invalid cassandra.exportFormat 'xml'").contains("yaml, csv, json");
    }
}
