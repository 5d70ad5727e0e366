package org.cqlshift.api.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cqlshift.embedded.EmbeddedCassandra;
import org.cqlshift.embedded.junit.CassandraExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Files far larger than the heap load: rows stream through, they are never all held. */
@ExtendWith(CassandraExtension.class)
class SeedStreamingTest {

    private static final int ROWS = 200_000;

    @Test
    void aLargeFileLoadsWithASmallHeap(EmbeddedCassandra node, @TempDir Path seeds) throws Exception {
        try (SeedNode db = new SeedNode(node, "seed_streaming", seeds)) {
            db.cql("CREATE TABLE ${ks}.employee (emp_id int PRIMARY KEY, ename varchar, sal double, city varchar)");
            try (BufferedWriter out = Files.newBufferedWriter(seeds.resolve("employee.yaml"), StandardCharsets.UTF_8)) {
                out.write("table: employee\nrows:\n");
                for (int id = 1; id <= ROWS; id++) {
                    out.write("  - {emp_id: " + id + ", ename: name" + id + ", sal: " + (id % 9000) + ".5, city: c"
                            + (id % 50) + "}\n");
                }
            }
            String log = seedInSmallHeap(node, db, seeds);

            assertThat(log).contains("rows " + ROWS)
                    // Rows of different partitions share batches, never so many that the server warns.
                    .doesNotContain("WARN");
            assertThat(db.count("employee")).isEqualTo(ROWS);
        }
    }

    /** Rows larger than a small heap's share of a file's read-ahead and of the writes in flight still stream. */
    @Test
    void rowsOfHundredsOfKilobytesLoadWithASmallHeap(EmbeddedCassandra node, @TempDir Path seeds) throws Exception {
        int rows = 250;
        String body = "0123456789abcdef".repeat(200_000 / 16);
        try (SeedNode db = new SeedNode(node, "seed_large_rows", seeds)) {
            db.cql("CREATE TABLE ${ks}.docs (id int PRIMARY KEY, body text)");
            try (BufferedWriter out = Files.newBufferedWriter(seeds.resolve("docs.yaml"), StandardCharsets.UTF_8)) {
                out.write("table: docs\nrows:\n");
                for (int id = 1; id <= rows; id++) {
                    out.write("  - {id: " + id + ", body: " + body + "}\n");
                }
            }

            assertThat(seedInSmallHeap(node, db, seeds)).contains("rows " + rows);
            assertThat(db.session.execute("SELECT id, body FROM " + db.keyspace + ".docs").all())
                    .hasSize(rows)
                    .allSatisfy(row -> assertThat(row.getString("body")).isEqualTo(body));
        }
    }

    /** Seeds the directory from a JVM with a 64 MB heap; returns its output once it has exited with 0. */
    private static String seedInSmallHeap(EmbeddedCassandra node, SeedNode db, Path seeds) throws Exception {
        Path log = seeds.resolve("seed.log");
        Process seed = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx64m",
                "-cp", System.getProperty("java.class.path"), SeedInSmallHeap.class.getName(),
                node.host(), String.valueOf(node.nativePort()), node.localDatacenter(), db.keyspace,
                seeds.toString()))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(seed.waitFor()).as(read(log)).isZero();
        return read(log);
    }

    private static String read(Path log) throws IOException {
        return Files.readString(log);
    }
}
