package org.cqlshift.benchmark.migrations;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The distribution archive, unpacked as a user installs it, so that bin/cqlshift is timed as it is run. */
final class Distribution {

    private Distribution() {
    }

    /**
     * Unpacks the archive into {@code target} and runs the launcher once, which prepares its class data sharing
     * archive for this Java, a one-time cost no timed run should pay; returns the launcher.
     */
    static Path install(Path archive, Path target) throws IOException, InterruptedException {
        MigrationBenchmark.deleteRecursively(target);
        Files.createDirectories(target);
        run(new ProcessBuilder("tar", "xzf", archive.toString(), "-C", target.toString()));
        Path home;
        try (var entries = Files.list(target)) {
            home = entries.findFirst().orElseThrow(() -> new IOException(archive + " is empty"));
        }
        Path launcher = home.resolve("bin").resolve("cqlshift");
        run(new ProcessBuilder(launcher.toString(), "--version"));
        return launcher;
    }

    private static void run(ProcessBuilder command) throws IOException, InterruptedException {
        Process process = command.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (process.waitFor() != 0) {
            throw new IOException(String.join(" ", command.command()) + " exited with " + process.exitValue());
        }
    }
}
