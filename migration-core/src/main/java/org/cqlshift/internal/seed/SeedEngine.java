package org.cqlshift.internal.seed;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.cqlshift.internal.session.CassandraConnection;
import org.cqlshift.api.Reporter;
import org.cqlshift.api.config.ConfigurationException;
import org.cqlshift.api.config.Setting;
import org.cqlshift.api.seed.SeedListener;
import org.cqlshift.internal.seed.SeedOptions;
import org.cqlshift.api.seed.SeedResult;
import org.cqlshift.api.seed.SeededFile;
import org.cqlshift.internal.session.Keyspaces;

/** Runs a seed: finds the files, skips those the history knows unchanged, loads the others one by one. */
public final class SeedEngine {

    private final CassandraConnection connection;
    private final Reporter reporter;
    private final SeedListener listener;

    public SeedEngine(CassandraConnection connection, Reporter reporter, SeedListener listener) {
        this.connection = connection;
        this.reporter = reporter;
        this.listener = listener;
    }

    public SeedResult seed(SeedOptions options) {
        long started = System.nanoTime();
        if (connection.configuration().seeds().isClasspath()) {
            throw new ConfigurationException("Seeds are read from a directory, not from the classpath ("
                    + connection.configuration().seeds() + ").", "Set " + Setting.SEEDS.flag() + " to a directory.");
        }
        Path directory = connection.configuration().seeds().directory().orElseThrow();
        if (!Files.isDirectory(directory)) {
            reporter.info("No seeds directory " + directory + ": nothing to seed.");
            return new SeedResult(List.of(), Duration.ofNanos(System.nanoTime() - started));
        }
        String profile = connection.configuration().seedProfile().orElse(null);
        List<SeedFiles.SeedFile> files = SeedFiles.discover(directory, profile);
        if (files.isEmpty()) {
            reporter.info("No seed files in " + directory + (profile == null ? "" : " or " + directory.resolve(profile))
                    + ": nothing to seed.");
            return new SeedResult(List.of(), Duration.ofNanos(System.nanoTime() - started));
        }
        String keyspace = connection.configuration().keyspace();
        if (!Keyspaces.exists(connection.session(), keyspace)) {
            throw new ConfigurationException("Keyspace '" + keyspace + "' does not exist; seeds load into it by"
                    + " default and their history is kept there.",
                    "Run the migrations first, or set " + Setting.KEYSPACE.flag() + " to an existing keyspace.");
        }
        if (connection.ownsSession()) {
            ReplicaMetadata.enable(connection.session(), connection.configuration().requestTimeout());
        }
        SeedHistory history = new SeedHistory(connection.session(), keyspace);
        FileLoader loader = new FileLoader(connection.session(), keyspace, options.mode(), options.concurrency(),
                listener);
        List<SeededFile> results = new ArrayList<>();
        for (SeedFiles.SeedFile file : files) {
            String checksum = file.checksum();
            Optional<String> recorded = history.checksum(file.name());
            SeededFile result;
            if (!options.force() && recorded.isPresent() && recorded.get().equals(checksum)) {
                result = new SeededFile(file.name(), SeededFile.Status.UNCHANGED, Map.of(), 0, Duration.ZERO,
                        Duration.ZERO);
                reporter.info("Unchanged, skipped: " + file.name());
            } else {
                listener.fileStarted(file.name());
                result = loader.load(file);
                history.record(file.name(), checksum, result.rows(), options.mode());
                reporter.info("Loaded " + file.name() + ": " + describe(result));
            }
            listener.fileFinished(result);
            results.add(result);
        }
        SeedResult result = new SeedResult(results, Duration.ofNanos(System.nanoTime() - started));
        reporter.info("Seeded " + result.loaded().size() + " file(s), " + result.rows() + " rows in "
                + seconds(result.elapsed()) + (result.unchanged().isEmpty() ? ""
                        : "; " + result.unchanged().size() + " unchanged file(s) skipped") + ".");
        return result;
    }

    private static String describe(SeededFile file) {
        String tables = file.rowsByTable().entrySet().stream()
                .map(entry -> entry.getKey() + " " + entry.getValue())
                .collect(Collectors.joining(", "));
        double elapsed = file.elapsed().toNanos() / 1e9;
        return file.rows() + " rows (" + tables + ") in " + seconds(file.elapsed()) + " (checking "
                + seconds(file.checking()) + ", writing " + seconds(file.elapsed().minus(file.checking())) + ")"
                + (elapsed > 0 ? ", " + Math.round(file.rows() / elapsed) + " rows/s" : "")
                + (file.rowsLeftAlone() > 0 ? "; " + file.rowsLeftAlone() + " rows already existed and were kept" : "");
    }

    private static String seconds(Duration duration) {
        return String.format("%.1f s", duration.toMillis() / 1000.0);
    }
}
