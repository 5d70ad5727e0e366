package org.cqlshift.internal.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The core depends on {@code cqlshift-embedded} optionally: in an application without it, asking for a throw-away
 * node fails with a typed error that names the artifact, in a process of its own, as such an application runs.
 */
class EmbeddedNodeMissingTest {

    @Test
    void withoutTheArtifactTheErrorNamesIt() throws IOException, InterruptedException {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String withoutEmbedded = Arrays.stream(classPath.split(File.pathSeparator))
                .filter(entry -> !entry.contains("cqlshift-embedded") && !entry.contains("embedded-node"))
                .collect(Collectors.joining(File.pathSeparator));
        assertThat(withoutEmbedded).isNotEqualTo(classPath);
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", withoutEmbedded, WithoutEmbeddedNode.class.getName())
                .redirectErrorStream(true).start();

        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(output).isEqualTo(2);
        assertThat(output).contains("EmbeddedNodeMissingException",
                "ERROR: diff replays CQL on a throw-away Cassandra node, which needs org.cqlshift:cqlshift-embedded on"
                        + " the class path; it is missing.",
                "What to do: Add the dependency org.cqlshift:cqlshift-embedded");
    }
}
