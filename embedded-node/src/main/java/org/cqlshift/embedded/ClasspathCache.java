package org.cqlshift.embedded;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** Remembers a resolved classpath in the node directory so the next start needs no resolution. */
final class ClasspathCache {

    private ClasspathCache() {
    }

    static List<Path> classpath(NodeLayout layout, String version, CassandraClasspath resolver) {
        Path file = layout.classpathFile(version);
        try {
            if (Files.isRegularFile(file)) {
                List<Path> cached = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                        .filter(line -> !line.isBlank()).map(Path::of).collect(Collectors.toList());
                if (!cached.isEmpty() && cached.stream().allMatch(Files::isRegularFile)) {
                    return cached;
                }
            }
            List<Path> resolved = resolver.resolve(version);
            if (resolved.isEmpty()) {
                throw new EmbeddedCassandraException("Resolving " + CassandraArtifact.COORDINATES + ":" + version
                        + " gave no jars.");
            }
            Files.write(file, resolved.stream().map(Path::toString).collect(Collectors.toList()), StandardCharsets.UTF_8);
            return resolved;
        } catch (IOException e) {
            throw new EmbeddedCassandraException("Cannot read or write the classpath cache " + file + ": " + e.getMessage()
                    + ". Check that the directory is writable.", e);
        }
    }
}
