package org.cqlshift.internal.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.Optional;
import org.cqlshift.api.Reporter;
import org.cqlshift.api.config.ConfigurationException;
import org.junit.jupiter.api.Test;

/** What the throw-away node refuses before starting anything. */
class ReplayNodesTest {

    @Test
    void cassandra41OnThisJavaAsksForAJava11Home() {
        Path java = Path.of(System.getProperty("java.home"));

        ConfigurationException error = catchThrowableOfType(
                () -> ReplayNodes.start("diff", "4.1.10", Optional.of(java), null, Reporter.SILENT),
                ConfigurationException.class);

        assertThat(error).hasMessageContaining("Cassandra 4.1.10 runs on Java 8 or 11");
        assertThat(error.suggestion()).hasValueSatisfying(suggestion -> assertThat(suggestion)
                .contains("--embedded-java-home"));
    }

    @Test
    void aVersionThatIsNoneIsABadConfiguration() {
        ConfigurationException error = catchThrowableOfType(
                () -> ReplayNodes.start("diff", "latest", Optional.empty(), null, Reporter.SILENT),
                ConfigurationException.class);

        assertThat(error).hasMessageContaining("Cannot run a throw-away node of Cassandra latest");
    }
}
