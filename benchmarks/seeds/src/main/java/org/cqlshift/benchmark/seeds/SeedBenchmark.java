package org.cqlshift.benchmark.seeds;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import com.datastax.oss.driver.api.core.config.DriverConfigLoader;
import com.datastax.oss.driver.api.core.cql.BatchStatement;
import com.datastax.oss.driver.api.core.cql.BatchStatementBuilder;
import com.datastax.oss.driver.api.core.cql.BatchType;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import com.datastax.oss.driver.api.core.cql.Row;
import com.datastax.oss.driver.api.core.cql.SimpleStatement;
import com.datastax.oss.driver.api.core.cql.Statement;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Semaphore;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.cqlshift.embedded.EmbeddedCassandra;

/**
 * Loads the same generated rows four ways, each in its own JVM, into four tables of one embedded node:
 * the ceiling (a minimal async loader, see {@link CeilingLoader}), dsbulk, and {@code cqlshift seed} (the
 * distribution's launcher) with its heap capped, from a YAML and from a JSON Lines file. Checks that the tables
 * hold the same rows value for value, and prints the rows/s of each with the ratios of cqlshift to dsbulk and to
 * the ceiling. Wall-clock time of each process, JVM start included, with the CPU time of the loader and of the
 * node meanwhile ({@link CpuTime}); the node is brought to rest before each ({@link NodeSettling}). Workloads:
 * {@code bench.workloads} (employee, timeseries).
 */
public final class SeedBenchmark {

    private static final String KEYSPACE = "bench";
    /** Rows of each kind of request. */
    private static final int WARM_UP_ROWS = 100_000;
    /** Rows per warm-up batch: the server's default limit of partitions per batch before it warns. */
    private static final int WARM_UP_BATCH = 10;
    private static final int WARM_UP_IN_FLIGHT = 256;
    private static final int CEILING_IN_FLIGHT = 512;
    private static final Pattern PASSES = Pattern.compile("\\(checking ([0-9.]+) s, writing ([0-9.]+) s\\)");

    private final Path dir;
    private final String heap;
    private final Path launcher;
    private final int partitions;
    private final String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    private final List<String> results = new ArrayList<>();

    private SeedBenchmark(Path dir, String heap, Path launcher, int partitions) {
        this.dir = dir;
        this.partitions = partitions;
        this.heap = heap;
        this.launcher = launcher;
    }

    public static void main(String[] args) throws Exception {
        long rows = Long.getLong("bench.rows", 1_000_000);
        int partitions = Integer.getInteger("bench.partitions", 200);
        List<String> workloads = List.of(System.getProperty("bench.workloads", "employee,timeseries").split(","));
        Path dir = Path.of(System.getProperty("bench.dir", "target/seed-benchmark")).toAbsolutePath();
        Path archive = Path.of(System.getProperty("bench.distribution")).toAbsolutePath();
        if (!Files.isRegularFile(archive)) {
            throw new IllegalStateException(archive + " is missing: build with -am so that the runner is packaged.");
        }
        SeedBenchmark benchmark = new SeedBenchmark(dir, System.getProperty("bench.heap", "256m"),
                Distribution.install(archive, dir.resolve("cqlshift")), partitions);
        try (EmbeddedCassandra node = EmbeddedCassandra.builder()
                .version(System.getProperty("bench.cassandraVersion", "5.0.6"))
                .directory(dir.resolve("node"))
                .nativePort(0)
                // Minutes, not the default 120 s, on a machine that other work keeps busy.
                .startupTimeout(Duration.ofMinutes(6))
                .build()
                .start();
                CqlSession session = session(node)) {
            session.execute("DROP KEYSPACE IF EXISTS " + KEYSPACE);
            session.execute("CREATE KEYSPACE " + KEYSPACE
                    + " WITH replication = {'class': 'SimpleStrategy', 'replication_factor': 1}");
            warmUp(session);
            for (String name : workloads) {
                benchmark.run(node, session, Workload.named(name.trim(), rows, partitions));
            }
        }
        benchmark.results.add(String.format("machine: %d cores, %s, Java %s", Runtime.getRuntime().availableProcessors(),
                memory(), System.getProperty("java.version")));
        System.out.println();
        benchmark.results.forEach(System.out::println);
        Files.write(dir.resolve("results.txt"), benchmark.results);
    }

    private void run(EmbeddedCassandra node, CqlSession session, Workload workload) throws Exception {
        String ours = workload.name() + "_cqlshift";
        String peer = workload.name() + "_dsbulk";
        String ceiling = workload.name() + "_ceiling";
        String oursJsonl = workload.name() + "_jsonl";
        Path home = dir.resolve(workload.name());
        Path seeds = home.resolve("seeds");
        Path yaml = seeds.resolve(workload.name() + ".yaml");
        Path csv = home.resolve(workload.name() + ".csv");
        Path jsonlSeeds = home.resolve("seeds-jsonl");
        Path jsonl = jsonlSeeds.resolve(oursJsonl + ".jsonl");
        long generating = System.nanoTime();
        workload.write(ours, yaml, csv, jsonl);
        System.out.printf("%s: generated %,d rows: YAML %,d bytes, CSV %,d bytes, JSON Lines %,d bytes in %.1f s%n",
                workload.name(), workload.rows(), Files.size(yaml), Files.size(csv), Files.size(jsonl),
                seconds(System.nanoTime() - generating));
        for (String table : List.of(ours, peer, ceiling, oursJsonl)) {
            workload.schema(KEYSPACE, table).forEach(session::execute);
        }

        Timed limit = time(node, "ceiling", home.resolve("ceiling.log"), Map.of(), List.of(java, "-Xmx" + heap,
                "-cp", System.getProperty("java.class.path"), CeilingLoader.class.getName(),
                node.host(), String.valueOf(node.nativePort()), node.localDatacenter(), KEYSPACE, ceiling,
                workload.name(), String.valueOf(workload.rows()), String.valueOf(partitions), String.valueOf(CEILING_IN_FLIGHT)));
        Timed dsbulk = time(node, "dsbulk 1.10.0", home.resolve("dsbulk.log"), Map.of(), List.of(java,
                "-cp", System.getProperty("java.class.path"), "com.datastax.oss.dsbulk.runner.DataStaxBulkLoader",
                "load", "-url", csv.toString(), "-header", "true", "-k", KEYSPACE, "-t", peer,
                "-h", node.host(), "-port", String.valueOf(node.nativePort()),
                "-logDir", home.resolve("dsbulk-logs").toString()));
        Timed tool = seed("cqlshift seed, YAML", home.resolve("cqlshift.log"), node, seeds);
        Timed toolJsonl = seed("cqlshift seed, JSON Lines", home.resolve("cqlshift-jsonl.log"), node, jsonlSeeds);

        long compared = compare(session, workload, List.of(ours, peer, ceiling, oursJsonl));
        results.add(String.format("%s, %,d rows (all four tables hold the same %,d rows):", workload.name(),
                workload.rows(), compared));
        for (Timed contender : List.of(limit, dsbulk, tool, toolJsonl)) {
            results.add(contender.line(workload.rows()));
        }
        for (Timed contender : List.of(tool, toolJsonl)) {
            results.add(String.format("  %s: %.2fx dsbulk, %.2f of the ceiling; %s", contender.name(),
                    dsbulk.seconds / contender.seconds, limit.seconds / contender.seconds, passes(contender.log)));
        }
    }

    private Timed seed(String name, Path log, EmbeddedCassandra node, Path seeds) throws Exception {
        return time(node, name + " (-Xmx" + heap + ")", log, Map.of("JAVA_OPTS", "-Xmx" + heap), List.of(
                launcher.toString(), "seed", "--seed-force", "--contact-points", node.contactPointText(),
                "--local-datacenter", node.localDatacenter(), "--keyspace", KEYSPACE, "--seeds", seeds.toString()));
    }

    /** A load's wall-clock time, and the CPU time its own process and the node used meanwhile. */
    private record Timed(String name, Path log, double seconds, double loaderCpu, double nodeCpu, String loadBefore) {
        String line(long rows) {
            return String.format("  %-38s %6.1f s %,9.0f rows/s  CPU: loader %5.1f s, node %5.1f s"
                    + "  (load average before %s)", name, seconds, rows / seconds, loaderCpu, nodeCpu, loadBefore);
        }
    }

    /** The time of cqlshift's two passes, from the line it prints for the file it loaded. */
    private static String passes(Path log) throws IOException {
        try (Stream<String> lines = Files.lines(log)) {
            return lines.map(PASSES::matcher).filter(Matcher::find).findFirst()
                    .map(found -> "checking " + found.group(1) + " s, writing " + found.group(2) + " s")
                    .orElse("passes not found in " + log);
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

    /**
     * Writes rows into a scratch table in each of the loaders' kinds of request, single rows, unlogged batches
     * of several partitions and batches of one partition, so that no contender pays for the fresh node's JIT
     * warm-up of its kind.
     */
    private static void warmUp(CqlSession session) throws InterruptedException {
        long started = System.nanoTime();
        session.execute("CREATE TABLE " + KEYSPACE + ".warmup (p int, c int, v text, PRIMARY KEY (p, c))");
        PreparedStatement insert = session.prepare("INSERT INTO " + KEYSPACE + ".warmup (p, c, v) VALUES (?, ?, ?)");
        Semaphore inFlight = new Semaphore(WARM_UP_IN_FLIGHT);
        for (int row = 0; row < WARM_UP_ROWS; row++) {
            warmUpSend(session, inFlight, insert.bind(row, 0, "single " + row));
        }
        for (int row = 0; row < WARM_UP_ROWS; row += WARM_UP_BATCH) {
            BatchStatementBuilder spread = BatchStatement.builder(BatchType.UNLOGGED);
            BatchStatementBuilder onePartition = BatchStatement.builder(BatchType.UNLOGGED);
            for (int next = row; next < row + WARM_UP_BATCH; next++) {
                spread.addStatement(insert.bind(next, 1, "spread " + next));
                onePartition.addStatement(insert.bind(-1 - row, next, "clustered " + next));
            }
            warmUpSend(session, inFlight, spread.build());
            warmUpSend(session, inFlight, onePartition.build());
        }
        inFlight.acquire(WARM_UP_IN_FLIGHT);
        session.execute("TRUNCATE " + KEYSPACE + ".warmup");
        System.out.printf("Warmed the node up with %,d rows in %.1f s%n", 3 * WARM_UP_ROWS,
                seconds(System.nanoTime() - started));
    }

    private static void warmUpSend(CqlSession session, Semaphore inFlight, Statement<?> statement)
            throws InterruptedException {
        inFlight.acquire();
        session.executeAsync(statement).whenComplete((result, error) -> inFlight.release());
    }

    /**
     * Brings the node to rest, then runs a loader to completion and returns its wall-clock seconds; its output
     * goes to a log file.
     */
    private static Timed time(EmbeddedCassandra node, String name, Path log, Map<String, String> environment,
            List<String> command) throws Exception {
        double settling = NodeSettling.settle(node, KEYSPACE);
        System.out.println(settling < 0 ? "The node's CPU use cannot be read here: loads start without waiting for it"
                : String.format("The node came to rest in %.1f s", settling));
        String before = loadAverage();
        System.out.println(Instant.now() + " running " + name + " (output in " + log + ", load average " + before + ")");
        double loaderCpuBefore = CpuTime.ofWaitedChildren();
        double nodeCpuBefore = CpuTime.ofProcess(node.pid());
        long started = System.nanoTime();
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        int exit = process.waitFor();
        double elapsed = seconds(System.nanoTime() - started);
        double loaderCpu = CpuTime.ofWaitedChildren() - loaderCpuBefore;
        double nodeCpu = CpuTime.ofProcess(node.pid()) - nodeCpuBefore;
        if (exit != 0) {
            throw new IllegalStateException(name + " exited with " + exit + "; see " + log);
        }
        System.out.printf("%s took %.1f s%n", name, elapsed);
        return new Timed(name, log, elapsed, loaderCpu, nodeCpu, before);
    }

    /**
     * Reads the tables in token order (the same keys give the same order) and compares them row by row,
     * value by value in their encoded form, without holding them in memory.
     */
    private static long compare(CqlSession session, Workload workload, List<String> tables) {
        List<Iterator<Row>> scans = tables.stream()
                .map(table -> session.execute(SimpleStatement.newInstance("SELECT " + workload.columns() + " FROM "
                        + KEYSPACE + "." + table).setPageSize(5000)).iterator())
                .toList();
        int columns = workload.columns().split(",").length;
        long count = 0;
        while (scans.stream().allMatch(Iterator::hasNext)) {
            Row first = scans.get(0).next();
            for (int t = 1; t < scans.size(); t++) {
                Row other = scans.get(t).next();
                for (int c = 0; c < columns; c++) {
                    if (!Objects.equals(first.getBytesUnsafe(c), other.getBytesUnsafe(c))) {
                        throw new IllegalStateException("Rows of " + tables.get(0) + " and " + tables.get(t)
                                + " differ: " + first.getFormattedContents() + " and " + other.getFormattedContents());
                    }
                }
            }
            count++;
        }
        if (scans.stream().anyMatch(Iterator::hasNext) || count != workload.rows()) {
            throw new IllegalStateException("Expected " + workload.rows() + " rows in each of " + tables
                    + "; compared " + count + " before one of them ended");
        }
        return count;
    }

    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String memory() {
        try {
            return Files.readAllLines(Path.of("/proc/meminfo")).get(0).replaceAll("\\s+", " ");
        } catch (IOException e) {
            return "memory unknown";
        }
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
