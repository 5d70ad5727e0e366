package org.cqlshift.benchmark.migrations;

import com.datastax.oss.driver.api.core.CqlSession;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.cqlshift.embedded.EmbeddedCassandra;

/**
 * Generates 52 one-table scripts, starts one fresh embedded node and times, as whole processes, each on a
 * fresh keyspace: {@code runner.jar migrate}, cassandra-migration alone, and the runner once more; then the
 * runner with nothing pending. A freshly started server runs its first few dozen DDL statements slowly while
 * its JIT warms up, so an untimed migration into a scratch keyspace comes first, and the runner is timed
 * both before and after the peer, with both ratios reported. Arguments: Cassandra version, work
 * directory, path of runner.jar.
 */
public final class MigrationBenchmark {

    static final int TABLES = 52;

    private MigrationBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String version = args[0];
        Path work = Path.of(args[1]).toAbsolutePath();
        Path runnerJar = Path.of(args[2]).toAbsolutePath().normalize();
        if (!Files.isRegularFile(runnerJar)) {
            throw new IllegalStateException(runnerJar + " is missing: build with -am so the runner is packaged first");
        }
        Path classpathScripts = work.resolve("classpath");
        Path runnerScripts = work.resolve("migrations");
        writeScripts(classpathScripts.resolve("cassandra/migration"), runnerScripts);

        // A fresh node on every run, so that runs compare: the schema left by earlier runs slows DDL down.
        deleteRecursively(work.resolve("node"));
        EmbeddedCassandra node = EmbeddedCassandra.builder().version(version).directory(work.resolve("node"))
                .nativePort(0).startupTimeout(Duration.ofMinutes(6)).build();
        try {
            node.start();
            String host = node.contactPoint().getHostString();
            String port = String.valueOf(node.contactPoint().getPort());
            Path java = Path.of(System.getProperty("java.home"), "bin", "java");
            List<String> runner = List.of(java.toString(), "-jar", runnerJar.toString(), "migrate",
                    "--contact-points", host + ":" + port, "--migrations", runnerScripts.toString(), "--keyspace");
            time(work.resolve("runner-warm-up.log"), with(runner, "bench_warm_up"));
            long runnerFirst = time(work.resolve("runner-before-peer.log"), with(runner, "bench_runner_first"));

            // The driver's defaults, except the 2 s request timeout, which DDL can exceed on a busy machine;
            // the runner's own request timeout is 30 s as well.
            long peer = time(work.resolve("cassandra-migration.log"), List.of(java.toString(),
                    "-Ddatastax-java-driver.basic.request.timeout=30s", "-cp",
                    System.getProperty("java.class.path") + File.pathSeparator + classpathScripts,
                    CassandraMigrationAlone.class.getName(), host, port, node.localDatacenter(), "bench_peer"));
            long runnerAfter = time(work.resolve("runner-after-peer.log"), with(runner, "bench_runner_after"));
            long upToDate = time(work.resolve("runner-up-to-date.log"), with(runner, "bench_runner_after"));

            requireAllTables(node, "bench_runner_first");
            requireAllTables(node, "bench_peer");
            requireAllTables(node, "bench_runner_after");
            String report = String.format("%n%d one-table scripts, whole processes (JVM start included), Cassandra %s,"
                            + " in the order run:%n"
                            + "  runner.jar migrate, fresh keyspace:                    %6d ms  (engine: %s)  %.1fx%n"
                            + "  cassandra-migration %s alone, default driver settings: %6d ms  (request timeout 30 s)%n"
                            + "  runner.jar migrate, fresh keyspace, after the peer:    %6d ms  (engine: %s)  %.1fx%n"
                            + "  runner.jar migrate, nothing pending:                   %6d ms%n"
                            + "Machine: %d cores, %s, Java %s%n",
                    TABLES, version, runnerFirst, engineTime(work.resolve("runner-before-peer.log")),
                    (double) peer / runnerFirst, "2.6.1_v4", peer, runnerAfter,
                    engineTime(work.resolve("runner-after-peer.log")), (double) peer / runnerAfter, upToDate,
                    Runtime.getRuntime().availableProcessors(), memory(), System.getProperty("java.version"));
            System.out.println(report);
            Files.writeString(work.resolve("results.txt"), report);
        } finally {
            node.stop();
        }
    }

    /** The same files for both tools: unqualified names, as cassandra-migration runs scripts after USE. */
    private static void writeScripts(Path forPeer, Path forRunner) throws IOException {
        deleteRecursively(forPeer);
        deleteRecursively(forRunner);
        Files.createDirectories(forPeer);
        Files.createDirectories(forRunner);
        // cassandra-migration creates the keyspace itself; the runner needs the keyspace script.
        Files.writeString(forRunner.resolve("1_create_keyspace.cql"),
                "CREATE KEYSPACE IF NOT EXISTS ${keyspace} WITH replication = ${replication};\n");
        for (int i = 1; i <= TABLES; i++) {
            String script = "CREATE TABLE table_" + i + " (id int PRIMARY KEY, name text, value double);\n";
            Files.writeString(forPeer.resolve(i + "_create_table_" + i + ".cql"), script);
            Files.writeString(forRunner.resolve((i + 1) + "_create_table_" + i + ".cql"), script);
        }
    }

    private static long time(Path log, List<String> command) throws IOException, InterruptedException {
        long started = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IllegalStateException("Failed: " + String.join(" ", command) + System.lineSeparator()
                        + Files.readString(log));
            }
        } finally {
            process.destroyForcibly();
        }
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    }

    private static String engineTime(Path log) throws IOException {
        return Files.readAllLines(log).stream().filter(line -> line.startsWith("Applied ") && line.contains(" scripts to "))
                .map(line -> line.replaceAll(".* in (\\d+ ms).*", "$1")).findFirst().orElse("?");
    }

    private static void requireAllTables(EmbeddedCassandra node, String keyspace) {
        try (CqlSession session = CqlSession.builder().addContactPoint(node.contactPoint())
                .withLocalDatacenter(node.localDatacenter()).build()) {
            long tables = session.execute("SELECT table_name FROM system_schema.tables WHERE keyspace_name = ?", keyspace)
                    .all().stream().filter(row -> row.getString("table_name").startsWith("table_")).count();
            if (tables != TABLES) {
                throw new IllegalStateException(keyspace + " has " + tables + " of the " + TABLES + " tables");
            }
        }
    }

    private static List<String> with(List<String> command, String keyspace) {
        List<String> full = new ArrayList<>(command);
        full.add(keyspace);
        return full;
    }

    private static String memory() {
        try {
            List<String> lines = Files.readAllLines(Path.of("/proc/meminfo"));
            return lines.stream().filter(l -> l.startsWith("MemTotal")).findFirst()
                    .map(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024 / 1024 + " GiB memory").orElse("?");
        } catch (IOException e) {
            return "memory unknown";
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        List<Path> paths = new ArrayList<>();
        try (var walk = Files.walk(directory)) {
            walk.forEach(paths::add);
        }
        for (int i = paths.size() - 1; i >= 0; i--) {
            Files.delete(paths.get(i));
        }
    }
}
