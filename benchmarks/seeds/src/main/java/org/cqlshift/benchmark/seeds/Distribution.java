package org.cqlshift.benchmark.seeds;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** The cqlshift distribution archive, unpacked as a user installs it, so that loads run through its launcher. */
final class Distribution {

    private Distribution() {
    }

    /**
     * Unpacks the archive into {@code target} and runs the launcher once, which prepares its class data
     * archive for this Java, a one-time cost no timed load should pay; returns the launcher.
     */
    static Path install(Path archive, Path target) throws IOException, InterruptedException {
        Path home = null;
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(archive))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                Path path = target.resolve(entry.getName()).normalize();
                if (!path.startsWith(target)) {
                    throw new IOException(archive + " holds an entry outside its folder: " + entry.getName());
                }
                if (home == null) {
                    home = target.resolve(Path.of(entry.getName()).getName(0));
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(path);
                } else {
                    Files.createDirectories(path.getParent());
                    Files.copy((InputStream) zip, path, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        if (home == null) {
            throw new IOException(archive + " is empty");
        }
        Path launcher = home.resolve("bin").resolve("cqlshift");
        if (!launcher.toFile().setExecutable(true)) {
            throw new IOException("Cannot make " + launcher + " executable");
        }
        Process prepare = new ProcessBuilder(launcher.toString(), "--version").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (prepare.waitFor() != 0) {
            throw new IOException(launcher + " --version exited with " + prepare.exitValue());
        }
        return launcher;
    }
}
