package org.cqlshift.internal.seed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.cqlshift.api.config.ConfigurationException;
import org.cqlshift.api.config.Setting;

/**
 * Finds the seed files ({@code .yaml}, {@code .yml}, {@code .csv}, {@code .json}, {@code .jsonl}): those directly in the seeds directory always,
 * then those in {@code <seeds>/<profile>/} when a profile is given; each group sorted by file name.
 * Other sub-directories are other profiles' and are ignored.
 */
final class SeedFiles {

    /** A seed file and its name relative to the seeds directory ({@code dev/users.yaml}), the key of its history. */
    record SeedFile(String name, Path path) {
    }

    private SeedFiles() {
    }

    static List<SeedFile> discover(Path directory, String profile) {
        List<SeedFile> files = new ArrayList<>(list(directory, ""));
        if (profile != null) {
            Path profileDirectory = directory.resolve(profile);
            if (!Files.isDirectory(profileDirectory)) {
                throw new ConfigurationException("Seed profile '" + profile + "' has no folder " + profileDirectory
                        + ".", "Create the folder, or fix the profile (" + Setting.SEED_PROFILE.flag() + ", "
                        + Setting.SEED_PROFILE.environmentVariable() + ").");
            }
            files.addAll(list(profileDirectory, profile + "/"));
        }
        return files;
    }

    private static List<SeedFile> list(Path directory, String prefix) {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.filter(Files::isRegularFile)
                    .filter(path -> SeedFormat.of(path.getFileName().toString()).isPresent())
                    .sorted(Comparator.comparing(path -> path.getFileName().toString()))
                    .map(path -> new SeedFile(prefix + path.getFileName(), path))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
