package org.cqlshift.api.config;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Where scripts or seeds are read from: a directory, or a classpath folder written
 * {@code classpath:some/folder} (an application jar carrying its migrations).
 */
public final class Location {

    public static final String CLASSPATH_PREFIX = "classpath:";

    private final Path directory;
    private final String classpathFolder;

    private Location(Path directory, String classpathFolder) {
        this.directory = directory;
        this.classpathFolder = classpathFolder;
    }

    public static Location directory(Path directory) {
        return new Location(Objects.requireNonNull(directory, "directory").toAbsolutePath().normalize(), null);
    }

    public static Location classpath(String folder) {
        String trimmed = folder.replaceAll("^/+|/+$", "");
        return new Location(null, trimmed);
    }

    /** Parses a setting's value: {@code classpath:db/migrations} or a file system path. */
    public static Location parse(String value) {
        if (value.startsWith(CLASSPATH_PREFIX)) {
            return classpath(value.substring(CLASSPATH_PREFIX.length()));
        }
        return directory(Path.of(value));
    }

    public boolean isClasspath() {
        return classpathFolder != null;
    }

    public Optional<Path> directory() {
        return Optional.ofNullable(directory);
    }

    public Optional<String> classpathFolder() {
        return Optional.ofNullable(classpathFolder);
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof Location)) {
            return false;
        }
        Location that = (Location) other;
        return Objects.equals(directory, that.directory) && Objects.equals(classpathFolder, that.classpathFolder);
    }

    @Override
    public int hashCode() {
        return Objects.hash(directory, classpathFolder);
    }

    @Override
    public String toString() {
        return isClasspath() ? CLASSPATH_PREFIX + classpathFolder : directory.toString();
    }
}
