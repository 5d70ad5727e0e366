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
 * Generates 52 one-table scripts, starts one fresh embedded node and times, as whole processes, each on a fresh
 * keyspace: {@code bin/cqlshift migrate} of the installed distribution, a Spring Boot application that migrates at
 * startup with the starter ({@code java -jar}), cassandra-migration alone, then the runner and the application
 * again; then both with nothing pending. A freshly started server runs its first few dozen DDL statements slowly
 * while its JIT warms up, so an untimed migration into a scratch keyspace comes first, and each tool is timed both
 * before and after the peer. Last, {@link DdlAnatomy} measures on the same node what a statement, the schema
 * agreement check and the driver's metadata refresh each cost. Arguments: Cassandra version, work directory, the
 * distribution archive (tar.gz), the Spring Boot application's jar.
 */
public final class MigrationBenchmark {

    static final int TABLES = 52;

    private MigrationBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String version = args[0];
        Path work = Path.of(args[1]).toAbsolutePath();
        Path archive = existing(Path.of(args[2]));
        Path bootJar = existing(Path.of(args[3]));
        Path classpathScripts = work.resolve("classpath");
        Path runnerScripts = work.resolve("migrations");
        writeScripts(classpathScripts.resolve("cassandra/migration"), runnerScripts);
        Path launcher = Distribution.install(archive, work.resolve("distribution"));
        String loadBefore = loadAverage();

        // A fresh node on every run, so that runs compare: the schema left by earlier runs slows DDL down.
        deleteRecursively(work.resolve("node"));
        EmbeddedCassandra node = EmbeddedCassandra.builder().version(version).directory(work.resolve("node"))
                .nativePort(0).startupTimeout(Duration.ofMinutes(6)).build();
        try {
            node.start();
            String contactPoint = node.contactPointText();
            Path java = Path.of(System.getProperty("java.home"), "bin", "java");
            List<String> runner = List.of(launcher.toString(), "migrate", "--contact-points", contactPoint,
                    "--migrations", runnerScripts.toString(), "--keyspace=");
            List<String> boot = List.of(java.toString(), "-jar", bootJar.toString(),
                    "--spring.cassandra.contact-points=" + contactPoint, "--cqlshift.migrations=" + runnerScripts,
                    "--spring.cassandra.keyspace-name=");
            time(work.resolve("runner-warm-up.log"), with(runner, "bench_warm_up"));
            Run runnerFirst = time(work.resolve("runner-before-peer.log"), with(runner, "bench_runner_first"));
            Run bootFirst = time(work.resolve("boot-before-peer.log"), with(boot, "bench_boot_first"));
            // The driver's defaults, except the 2 s request timeout, which DDL can exceed on a busy machine;
            // the runner's own request timeout is 30 s as well.
            Run peer = time(work.resolve("cassandra-migration.log"), List.of(java.toString(),
                    "-Ddatastax-java-driver.basic.request.timeout=30s", "-cp",
                    System.getProperty("java.class.path") + File.pathSeparator + classpathScripts,
                    CassandraMigrationAlone.class.getName(), node.contactPoint().getHostString(),
                    String.valueOf(node.contactPoint().getPort()), node.localDatacenter(), "bench_peer"));
            Run runnerAfter = time(work.resolve("runner-after-peer.log"), with(runner, "bench_runner_after"));
            Run bootAfter = time(work.resolve("boot-after-peer.log"), with(boot, "bench_boot_after"));
            Run runnerUpToDate = time(work.resolve("runner-up-to-date.log"), with(runner, "bench_runner_after"));
            Run bootUpToDate = time(work.resolve("boot-up-to-date.log"), with(boot, "bench_boot_after"));
            for (String keyspace : List.of("bench_runner_first", "bench_boot_first", "bench_peer",
                    "bench_runner_after", "bench_boot_after")) {
                requireAllTables(node, keyspace);
            }
            DdlAnatomy.Times anatomy = DdlAnatomy.measure(node.contactPoint(), node.localDatacenter(), TABLES);

            String report = String.format("%n%d one-table scripts, Cassandra %s, in the order run; whole processes (JVM"
                            + " start included), and for the application the time it had started when it said so:%n"
                            + "  bin/cqlshift migrate, fresh keyspace:                     %s%n"
                            + "  Spring Boot application (java -jar), fresh keyspace:      %s  %s%n"
                            + "  cassandra-migration 2.6.1_v4 alone, driver defaults:      %s  (request timeout 30 s)%n"
                            + "  bin/cqlshift migrate, fresh keyspace, after the peer:     %s%n"
                            + "  Spring Boot application, fresh keyspace, after the peer:  %s  %s%n"
                            + "  bin/cqlshift migrate, nothing pending:                    %s%n"
                            + "  Spring Boot application, nothing pending:                 %s  %s%n"
                            + "Where a one-table script's time goes, mean ms per script; logged: the script's time as"
                            + " cqlshift logs it (progress write, statement, agreement check, history write), the"
                            + " rest measured on the same node by a bare session:%n"
                            + "  %-42s %7s %7s %10s %9s %8s%n%s%s%s"
                            + "Machine: %d cores, %s, Java %s; load average %s before, %s after%n",
                    TABLES, version, runnerFirst, bootFirst, ratio(bootFirst, runnerFirst), peer, runnerAfter,
                    bootAfter, ratio(bootAfter, runnerAfter), runnerUpToDate, bootUpToDate,
                    ratio(bootUpToDate, runnerUpToDate), "path", "logged", "DDL", "agreement", "refresh", "writes",
                    breakdown("bin/cqlshift (schema session)", mean(runnerFirst, runnerAfter), anatomy),
                    breakdown("Spring Boot starter (schema session)", mean(bootFirst, bootAfter), anatomy),
                    String.format("  %-42s %7.0f %7.0f %10s %9.0f %8s%n", "an application's session, driver defaults",
                            anatomy.withDriverDefaults(), anatomy.ddl(), "in refresh",
                            anatomy.metadataRefresh() + anatomy.agreement(), "-"),
                    Runtime.getRuntime().availableProcessors(), memory(), System.getProperty("java.version"),
                    loadBefore, loadAverage());
            System.out.println(report);
            Files.writeString(work.resolve("results.txt"), report);
        } finally {
            node.stop();
        }
    }

    /** A timed process and what was logged in it. */
    private record Run(long wallMillis, MigrationLog log) {

        /** The application's time to have started, else the process's. */
        long millis() {
            return log.startedAfterMillis() >= 0 ? log.startedAfterMillis() : wallMillis;
        }

        @Override
        public String toString() {
            return String.format("%6d ms", millis()) + (log.startedAfterMillis() >= 0
                    ? String.format(" (process %d ms)", wallMillis) : String.format("%16s", ""))
                    + (log.engineMillis() < 0 ? "" : String.format("  migrate %5d ms", log.engineMillis()));
        }
    }

    private static String ratio(Run run, Run reference) {
        return String.format("%.2fx bin/cqlshift", (double) run.millis() / reference.millis());
    }

    private static String breakdown(String path, double logged, DdlAnatomy.Times anatomy) {
        return String.format("  %-42s %7.0f %7.0f %10.0f %9s %8.0f%n", path, logged, anatomy.ddl(),
                anatomy.agreement(), "0", logged - anatomy.ddl() - anatomy.agreement());
    }

    private static double mean(Run first, Run second) {
        return (first.log().meanTableScriptMillis() + second.log().meanTableScriptMillis()) / 2;
    }

    /** The same files for both tools: unqualified names, as cassandra-migration runs scripts after USE. */
    private static void writeScripts(Path forPeer, Path forRunner) throws IOException {
        deleteRecursively(forPeer);
        deleteRecursively(forRunner);
        Files.createDirectories(forPeer);
        Files.createDirectories(forRunner);
        // cassandra-migration creates the keyspace itself; cqlshift needs the keyspace script.
        Files.writeString(forRunner.resolve("1_create_keyspace.cql"),
                "CREATE KEYSPACE IF NOT EXISTS ${keyspace} WITH replication = ${replication};\n");
        for (int i = 1; i <= TABLES; i++) {
            String script = "CREATE TABLE table_" + i + " (id int PRIMARY KEY, name text, value double);\n";
            Files.writeString(forPeer.resolve(i + "_create_table_" + i + ".cql"), script);
            Files.writeString(forRunner.resolve((i + 1) + "_create_table_" + i + ".cql"), script);
        }
    }

    private static Run time(Path log, List<String> command) throws IOException, InterruptedException {
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
        return new Run(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started), MigrationLog.read(log));
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

    /** The command with its last argument completed by the keyspace. */
    private static List<String> with(List<String> command, String keyspace) {
        List<String> full = new ArrayList<>(command);
        full.set(full.size() - 1, full.get(full.size() - 1) + keyspace);
        return full;
    }

    private static Path existing(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        if (!Files.isRegularFile(absolute)) {
            throw new IllegalStateException(absolute + " is missing: build with -am so that it is packaged first");
        }
        return absolute;
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

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "?";
        }
    }

    static void deleteRecursively(Path directory) throws IOException {
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
