package org.cqlshift.internal.seed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.cqlshift.api.config.ConfigurationException;
import org.cqlshift.api.config.Setting;
import org.cqlshift.internal.Checksum;

/**
 * Finds the seed files ({@code .yaml}, {@code .yml}, {@code .csv}, {@code .json}, {@code .jsonl}): those directly in the seeds directory always,
 * then those in {@code <seeds>/<profile>/} when a profile is given; each group sorted by file name.
 * Other sub-directories are other profiles' and are ignored. A CSV or JSON file may have a sidecar beside it,
 * {@code <file>.table}, that names its table when the file's name does not.
 */
final class SeedFiles {

    /** The extension of a sidecar: {@code employees-2024.csv.table} holds {@code employee} or {@code app.employee}. */
    static final String SIDECAR = ".table";

    /**
     * A seed file and its name relative to the seeds directory ({@code dev/users.yaml}), the key of its history;
     * {@code table} is what its sidecar names, if it has one.
     */
    record SeedFile(String name, Path path, Optional<String> table) {

        /** What its history compares: the file's content, and the table its sidecar names. */
        String checksum() {
            String content = Checksum.of(path);
            return table.map(name -> Checksum.of(content + " into " + name)).orElse(content);
        }
    }

    /** A table's unquoted name, optionally after its keyspace's, as file names give them. */
    private static final Pattern TABLE_NAME = Pattern.compile("([A-Za-z0-9_]+\\.)?[A-Za-z0-9_]+");

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
                    .map(path -> new SeedFile(prefix + path.getFileName(), path,
                            sidecarTable(prefix + path.getFileName(), path)))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The table named by the file's sidecar: its first line that is neither blank nor a # comment. */
    private static Optional<String> sidecarTable(String name, Path path) {
        Path sidecar = path.resolveSibling(path.getFileName() + SIDECAR);
        if (!Files.isRegularFile(sidecar)) {
            return Optional.empty();
        }
        String sidecarName = name + SIDECAR;
        if (SeedFormat.of(name).orElseThrow() == SeedFormat.YAML) {
            throw new SeedInputProblem(1, 1, "a YAML seed file names its tables inside ('table:'); its sidecar"
                    + " would be ignored.", "Delete " + sidecarName + ", or set 'table:' in the YAML file.", null)
                    .inFile(sidecarName);
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(sidecar, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (!TABLE_NAME.matcher(line).matches()) {
                throw new SeedInputProblem(i + 1, lines.get(i).indexOf(line) + 1, "'" + line + "' is not a table"
                        + " name; a sidecar holds 'table' or 'keyspace.table'.",
                        "Write the table " + name + " loads into, such as employee or app.employee.", null)
                        .inFile(sidecarName);
            }
            return Optional.of(line);
        }
        throw new SeedInputProblem(0, 0, "the sidecar names no table.",
                "Write the table " + name + " loads into on its first line, such as employee or app.employee.", null)
                .inFile(sidecarName);
    }
}
