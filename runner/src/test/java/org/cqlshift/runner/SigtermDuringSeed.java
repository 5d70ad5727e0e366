package org.cqlshift.runner;

import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import com.datastax.oss.driver.api.core.config.DriverConfigLoader;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.cqlshift.embedded.EmbeddedCassandra;

/**
 * SIGTERM to a real runner process in the middle of a seed run of five large files, however the process
 * is started: the file in progress is finished, no other starts, and the process exits with 143.
 */
final class SigtermDuringSeed {

    private static final int FILES = 5;
    private static final int ROWS_PER_FILE = 60_000;

    private SigtermDuringSeed() {
    }

    /** Runs {@code seed} with the command given, in the directory given, into a fresh keyspace, and checks the outcome. */
    static void check(EmbeddedCassandra node, String keyspace, Path directory, List<String> seedCommand)
            throws Exception {
        try (CqlSession cql = CqlSession.builder().addContactPoint(node.contactPoint())
                .withLocalDatacenter(node.localDatacenter())
                .withConfigLoader(DriverConfigLoader.programmaticBuilder()
                        .withDuration(DefaultDriverOption.REQUEST_TIMEOUT, Duration.ofSeconds(60)).build())
                .build()) {
            cql.execute("DROP KEYSPACE IF EXISTS " + keyspace);
            cql.execute("CREATE KEYSPACE " + keyspace
                    + " WITH replication = {'class': 'SimpleStrategy', 'replication_factor': 1}");
            cql.execute("CREATE TABLE " + keyspace + ".big (file int, id int, v text, PRIMARY KEY (file, id))");
            Path seeds = writeSeedFiles(directory);

            ProcessBuilder command = new ProcessBuilder(seedCommand).directory(directory.toFile())
                    .redirectErrorStream(true);
            command.environment().put("CASSANDRA_CONTACT_POINTS", node.contactPointText());
            command.environment().put("CASSANDRA_LOCAL_DATACENTER", node.localDatacenter());
            command.environment().put("CASSANDRA_KEYSPACE", keyspace);
            command.environment().put("CASSANDRA_SEEDS", seeds.toString());
            Path log = directory.resolve("runner.log");
            command.redirectOutput(log.toFile());
            Process runner = command.start();
            String output;
            try {
                awaitLine(runner, log, "Loaded big_1.yaml");
                runner.destroy();
                assertThat(runner.waitFor(60, TimeUnit.SECONDS)).as("runner ended").isTrue();
            } finally {
                runner.destroyForcibly();
                output = Files.readString(log);
            }

            assertThat(runner.exitValue()).as(output).isEqualTo(143);
            assertThat(output).contains("Stop requested: finishing the current seed file",
                    "Stopped on request (SIGTERM) before seed file");
            List<Long> rowsPerFile = new ArrayList<>();
            for (int file = 1; file <= FILES; file++) {
                rowsPerFile.add(cql.execute("SELECT count(*) FROM " + keyspace + ".big WHERE file = ?", file)
                        .one().getLong(0));
            }
            assertThat(rowsPerFile).as("each file all or nothing: " + rowsPerFile)
                    .allMatch(rows -> rows == 0 || rows == ROWS_PER_FILE);
            assertThat(rowsPerFile.get(0)).isEqualTo(ROWS_PER_FILE);
            assertThat(rowsPerFile.get(FILES - 1)).as("the run stopped before the last file").isZero();
        }
    }

    private static Path writeSeedFiles(Path directory) throws IOException {
        Path seeds = Files.createDirectories(directory.resolve("seeds"));
        for (int file = 1; file <= FILES; file++) {
            try (Writer out = Files.newBufferedWriter(seeds.resolve("big_" + file + ".yaml"))) {
                out.write("table: big\nrows:\n");
                for (int id = 0; id < ROWS_PER_FILE; id++) {
                    out.write("  - {file: " + file + ", id: " + id + ", v: row-" + id + "}\n");
                }
            }
        }
        return seeds;
    }

    private static void awaitLine(Process runner, Path log, String start) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            if (Files.readAllLines(log).stream().anyMatch(line -> line.startsWith(start))) {
                return;
            }
            assertThat(runner.isAlive()).as("runner still running: " + Files.readString(log)).isTrue();
            TimeUnit.MILLISECONDS.sleep(200);
        }
        throw new AssertionError("no line starting with '" + start + "' within 120 s: " + Files.readString(log));
    }
}
