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

/** A file far larger than the heap loads: rows stream through, they are never all held. */
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
            Path log = seeds.resolve("seed.log");

            Process seed = new ProcessBuilder(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx64m",
                    "-cp", System.getProperty("java.class.path"), SeedInSmallHeap.class.getName(),
                    node.host(), String.valueOf(node.nativePort()), node.localDatacenter(), db.keyspace,
                    seeds.toString()))
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();

            assertThat(seed.waitFor()).as(read(log)).isZero();
            assertThat(read(log)).contains("rows " + ROWS)
                    // Rows of different partitions share batches, never so many that the server warns.
                    .doesNotContain("WARN");
            assertThat(db.count("employee")).isEqualTo(ROWS);
        }
    }

    private static String read(Path log) throws IOException {
        return Files.readString(log);
    }
}
