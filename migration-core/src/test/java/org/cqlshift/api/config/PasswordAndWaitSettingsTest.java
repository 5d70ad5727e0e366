package org.cqlshift.api.config;

import org.cqlshift.api.CqlShift;
import org.cqlshift.api.CqlShiftBuilder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PasswordAndWaitSettingsTest {

    @TempDir
    Path directory;

    @Test
    void passwordFileFromTheEnvironmentIsReadWithoutItsTrailingNewline() throws Exception {
        Path file = Files.writeString(directory.resolve("password"), "s3cr3t pass\n");

        Configuration configuration = CqlShift.configure()
                .environment(Map.of("CASSANDRA_USERNAME", "app", "CASSANDRA_PASSWORD_FILE", file.toString()))
                .load().configuration();

        assertThat(configuration.username()).hasValue("app");
        assertThat(configuration.password()).hasValueSatisfying(p -> assertThat(p.reveal()).isEqualTo("s3cr3t pass"));
        assertThat(configuration.toString()).doesNotContain("s3cr3t");
    }

    @Test
    void explicitPasswordFileWinsOverAPasswordInTheEnvironment() throws Exception {
        Path file = Files.writeString(directory.resolve("password"), "from-file\r\n");

        Configuration configuration = CqlShift.configure()
                .setting(Setting.PASSWORD_FILE, file.toString())
                .environment(Map.of("CASSANDRA_USERNAME", "app", "CASSANDRA_PASSWORD", "from-env"))
                .load().configuration();

        assertThat(configuration.password().orElseThrow().reveal()).isEqualTo("from-file");
    }

    @Test
    void passwordAndPasswordFileFromTheSameSourceAreRefused() throws Exception {
        Path file = Files.writeString(directory.resolve("password"), "from-file");

        assertThatThrownBy(() -> CqlShift.configure()
                .environment(Map.of("CASSANDRA_USERNAME", "app", "CASSANDRA_PASSWORD", "hunter2",
                        "CASSANDRA_PASSWORD_FILE", file.toString()))
                .load().configuration())
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("Both a password")
                .hasMessageNotContaining("hunter2")
                .hasMessageNotContaining("from-file");
    }

    @Test
    void missingOrEmptyPasswordFileIsAConfigurationErrorNamingTheFile() throws Exception {
        Path missing = directory.resolve("absent");
        assertThatThrownBy(() -> CqlShift.configure()
                .environment(Map.of("CASSANDRA_USERNAME", "app", "CASSANDRA_PASSWORD_FILE", missing.toString()))
                .load().configuration())
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining(missing.toString())
                .satisfies(e -> assertThat(((ConfigurationException) e).failure().exitCode()).isEqualTo(2));

        Path empty = Files.writeString(directory.resolve("empty"), "\n");
        assertThatThrownBy(() -> CqlShift.configure()
                .environment(Map.of("CASSANDRA_USERNAME", "app", "CASSANDRA_PASSWORD_FILE", empty.toString()))
                .load().configuration())
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("is empty");
    }

    @Test
    void waitTimeoutDefaultsToASingleAttemptAndComesFromTheEnvironment() {
        assertThat(CqlShift.configure().load().configuration().waitTimeout()).isEqualTo(Duration.ZERO);
        assertThat(CqlShift.configure().environment(Map.of("CASSANDRA_WAIT_TIMEOUT", "120")).load().configuration()
                .waitTimeout()).isEqualTo(Duration.ofSeconds(120));
        assertThatThrownBy(() -> CqlShift.configure().environment(Map.of("CASSANDRA_WAIT_TIMEOUT", "-1"))
                .load().configuration())
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("cassandra.waitTimeout");
    }
}
