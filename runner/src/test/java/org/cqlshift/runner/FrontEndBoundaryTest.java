package org.cqlshift.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The doors reach the engine only through {@code CqlShift.configure()}: no front end's main source imports a
 * class of the core's internals.
 */
class FrontEndBoundaryTest {

    private static final List<Path> FRONT_ENDS = Stream.of("runner", "maven-plugin", "spring-boot-starter", "junit")
            .map(module -> Path.of("..", module, "src", "main", "java").toAbsolutePath().normalize()).toList();

    @Test
    void noFrontEndImportsAnInternalClass() throws IOException {
        for (Path sources : FRONT_ENDS) {
            assertThat(sources).isDirectory();
            try (Stream<Path> files = Files.walk(sources)) {
                List<String> imports = files.filter(file -> file.toString().endsWith(".java"))
                        .flatMap(FrontEndBoundaryTest::lines)
                        .filter(line -> line.startsWith("import org.cqlshift.internal.")
                                || line.startsWith("import static org.cqlshift.internal."))
                        .toList();
                assertThat(imports).as("imports of the core's internals in %s", sources).isEmpty();
            }
        }
    }

    private static Stream<String> lines(Path file) {
        try {
            return Files.readAllLines(file).stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
