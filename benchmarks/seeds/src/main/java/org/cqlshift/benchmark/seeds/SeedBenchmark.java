package org.cqlshift.benchmark.seeds;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import com.datastax.oss.driver.api.core.config.DriverConfigLoader;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import com.datastax.oss.driver.api.core.cql.ResultSet;
import com.datastax.oss.driver.api.core.cql.Row;
import com.datastax.oss.driver.api.core.cql.SimpleStatement;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Semaphore;
import org.cqlshift.embedded.EmbeddedCassandra;

/**
 * Loads the same generated rows with {@code runner.jar seed} (heap capped) and with dsbulk, each in its own
 * JVM, into two tables of one embedded node; checks that both tables hold every row with the same values
 * and prints the rows/s of each. Wall-clock time of each process, JVM start included, for both tools.
 */
public final class SeedBenchmark {

    private static final String KEYSPACE = "bench";
    private static final String OURS = "employee_cqlshift";
    private static final String PEER = "employee_dsbulk";
    private static final int WARM_UP_ROWS = 200_000;

    private SeedBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rows = Integer.getInteger("bench.rows", 1_000_000);
        String heap = System.getProperty("bench.heap", "256m");
        Path dir = Path.of(System.getProperty("bench.dir", "target/seed-benchmark")).toAbsolutePath();
        Path runnerJar = Path.of(System.getProperty("bench.runnerJar", "../../runner/target/runner.jar")).toAbsolutePath();
        if (!Files.isRegularFile(runnerJar)) {
            throw new IllegalStateException(runnerJar + " is missing: build with -am so that the runner is packaged.");
        }
        Path seeds = dir.resolve("seeds");
        Path csv = dir.resolve("employee.csv");
        long generating = System.nanoTime();
        EmployeeRows.write(rows, OURS, seeds.resolve("employee.yaml"), csv);
        System.out.printf("Generated %,d rows: YAML %,d bytes, CSV %,d bytes in %.1f s%n", rows,
                Files.size(seeds.resolve("employee.yaml")), Files.size(csv), seconds(System.nanoTime() - generating));

        try (EmbeddedCassandra node = EmbeddedCassandra.builder()
                .version(System.getProperty("bench.cassandraVersion", "5.0.6"))
                .directory(dir.resolve("node"))
                .nativePort(0)
                .build()
                .start();
                CqlSession session = session(node)) {
            session.execute("DROP KEYSPACE IF EXISTS " + KEYSPACE);
            session.execute("CREATE KEYSPACE " + KEYSPACE
                    + " WITH replication = {'class': 'SimpleStrategy', 'replication_factor': 1}");
            for (String table : List.of(OURS, PEER)) {
                session.execute("CREATE TABLE " + KEYSPACE + "." + table
                        + " (emp_id int PRIMARY KEY, ename varchar, sal double, city varchar)");
            }

            warmUp(session);

            // dsbulk goes first: the second load shares the node with the flushes and compactions of the
            // first, so the order favours the peer.
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            double peer = run("dsbulk 1.10.0", dir.resolve("dsbulk.log"), List.of(java,
                    "-cp", System.getProperty("java.class.path"), "com.datastax.oss.dsbulk.runner.DataStaxBulkLoader",
                    "load", "-url", csv.toString(), "-header", "true", "-k", KEYSPACE, "-t", PEER,
                    "-h", node.host(), "-port", String.valueOf(node.nativePort()),
                    "-logDir", dir.resolve("dsbulk-logs").toString()));
            double ours = run("cqlshift seed (-Xmx" + heap + ")", dir.resolve("cqlshift.log"), List.of(java,
                    "-Xmx" + heap, "-jar", runnerJar.toString(), "seed", "--force",
                    "--contact-points", node.contactPointText(), "--local-dc", node.localDatacenter(),
                    "--keyspace", KEYSPACE, "--seeds", seeds.toString()));

            long compared = compare(session, rows);
            System.out.printf("Both tables hold the same %,d rows.%n", compared);
            System.out.printf("cqlshift seed: %,.0f rows/s (heap %s)%n", rows / ours, heap);
            System.out.printf("dsbulk 1.10.0:   %,.0f rows/s%n", rows / peer);
            System.out.printf("ratio: %.2fx%n", peer / ours);
            System.out.printf("machine: %d cores, %s, Java %s%n", Runtime.getRuntime().availableProcessors(),
                    memory(), System.getProperty("java.version"));
        }
    }

    private static CqlSession session(EmbeddedCassandra node) {
        return CqlSession.builder()
                .addContactPoint(node.contactPoint())
                .withLocalDatacenter(node.localDatacenter())
                .withConfigLoader(DriverConfigLoader.programmaticBuilder()
                        .withDuration(DefaultDriverOption.REQUEST_TIMEOUT, Duration.ofSeconds(120))
                        .build())
                .build();
    }

    /** Writes rows into a scratch table so that neither tool pays for the fresh node's JIT warm-up. */
    private static void warmUp(CqlSession session) throws InterruptedException {
        long started = System.nanoTime();
        session.execute("CREATE TABLE " + KEYSPACE + ".warmup (emp_id int PRIMARY KEY, ename varchar, sal double,"
                + " city varchar)");
        PreparedStatement insert = session.prepare("INSERT INTO " + KEYSPACE + ".warmup (emp_id, ename, sal, city)"
                + " VALUES (?, ?, ?, ?)");
        Semaphore inFlight = new Semaphore(256);
        for (int id = 0; id < WARM_UP_ROWS; id++) {
            inFlight.acquire();
            session.executeAsync(insert.bind(id, "warm" + id, id * 1.5, "Nowhere"))
                    .whenComplete((result, error) -> inFlight.release());
        }
        inFlight.acquire(256);
        session.execute("TRUNCATE " + KEYSPACE + ".warmup");
        System.out.printf("Warmed the node up with %,d rows in %.1f s%n", WARM_UP_ROWS,
                seconds(System.nanoTime() - started));
    }

    /** Runs a loader to completion and returns its wall-clock seconds; its output goes to a log file. */
    private static double run(String name, Path log, List<String> command) throws IOException, InterruptedException {
        System.out.println("Running " + name + " (output in " + log + ")");
        long started = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        int exit = process.waitFor();
        double elapsed = seconds(System.nanoTime() - started);
        if (exit != 0) {
            throw new IllegalStateException(name + " exited with " + exit + "; see " + log);
        }
        System.out.printf("%s took %.1f s%n", name, elapsed);
        return elapsed;
    }

    /**
     * Reads both tables in token order (the same keys give the same order) and compares them row by row,
     * without holding them in memory.
     */
    private static long compare(CqlSession session, int expected) {
        Iterator<Row> ours = scan(session, OURS).iterator();
        Iterator<Row> peer = scan(session, PEER).iterator();
        long count = 0;
        while (ours.hasNext() && peer.hasNext()) {
            Row a = ours.next();
            Row b = peer.next();
            if (a.getInt(0) != b.getInt(0) || !Objects.equals(a.getString(1), b.getString(1))
                    || a.getDouble(2) != b.getDouble(2) || !Objects.equals(a.getString(3), b.getString(3))) {
                throw new IllegalStateException("Rows differ: " + a.getFormattedContents() + " and "
                        + b.getFormattedContents());
            }
            count++;
        }
        if (ours.hasNext() || peer.hasNext() || count != expected) {
            throw new IllegalStateException("Expected " + expected + " rows in each table; compared " + count
                    + (ours.hasNext() ? ", " + OURS + " has more" : "") + (peer.hasNext() ? ", " + PEER + " has more" : ""));
        }
        return count;
    }

    private static ResultSet scan(CqlSession session, String table) {
        return session.execute(SimpleStatement.newInstance("SELECT emp_id, ename, sal, city FROM " + KEYSPACE + "."
                + table).setPageSize(5000));
    }

    private static String memory() {
        try {
            List<String> lines = new ArrayList<>(Files.readAllLines(Path.of("/proc/meminfo")));
            return lines.get(0).replaceAll("\\s+", " ");
        } catch (IOException e) {
            return "memory unknown";
        }
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
