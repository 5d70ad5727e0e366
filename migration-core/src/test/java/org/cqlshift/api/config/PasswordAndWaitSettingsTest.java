package org.cqlshift.api.config;

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

        Configuration configuration = ConfigurationResolver.create()
                .environment(Map.of("CASSANDRA_USERNAME", "app", "CASSANDRA_PASSWORD_FILE", file.toString()))
                .resolve();

        assertThat(configuration.username()).hasValue("app");
        assertThat(configuration.password()).hasValueSatisfying(p -> assertThat(p.reveal()).isEqualTo("s3cr3t pass"));
        assertThat(configuration.toString()).doesNotContain("s3cr3t");
    }

    @Test
    void explicitPasswordFileWinsOverAPasswordInTheEnvironment() throws Exception {
        Path file = Files.writeString(directory.resolve("password"), "from-file\r\n");

        Configuration configuration = ConfigurationResolver.create()
                .explicit(Setting.PASSWORD_FILE, file.toString())
                .environment(Map.of("CASSANDRA_USERNAME", "app", "CASSANDRA_PASSWORD", "from-env"))
                .resolve();

        assertThat(configuration.password().orElseThrow().reveal()).isEqualTo("from-file");
    }

    @Test
    void passwordAndPasswordFileFromTheSameSourceAreRefused() throws Exception {
        Path file = Files.writeString(directory.resolve("password"), "from-file");

        assertThatThrownBy(() -> ConfigurationResolver.create()
                .environment(Map.of("CASSANDRA_USERNAME", "app", "CASSANDRA_PASSWORD", "hunter2",
                        "CASSANDRA_PASSWORD_FILE", file.toString()))
                .resolve())
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("Both a password")
                .hasMessageNotContaining("hunter2")
                .hasMessageNotContaining("from-file");
    }

    @Test
    void missingOrEmptyPasswordFileIsAConfigurationErrorNamingTheFile() throws Exception {
        Path missing = directory.resolve("absent");
        assertThatThrownBy(() -> ConfigurationResolver.create()
                .environment(Map.of("CASSANDRA_USERNAME", "app", "CASSANDRA_PASSWORD_FILE", missing.toString()))
                .resolve())
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining(missing.toString())
                .satisfies(e -> assertThat(((ConfigurationException) e).failure().exitCode()).isEqualTo(2));

        Path empty = Files.writeString(directory.resolve("empty"), "\n");
        assertThatThrownBy(() -> ConfigurationResolver.create()
                .environment(Map.of("CASSANDRA_USERNAME", "app", "CASSANDRA_PASSWORD_FILE", empty.toString()))
                .resolve())
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("is empty");
    }

    @Test
    void waitTimeoutDefaultsToASingleAttemptAndComesFromTheEnvironment() {
        assertThat(ConfigurationResolver.create().resolve().waitTimeout()).isEqualTo(Duration.ZERO);
        assertThat(ConfigurationResolver.create().environment(Map.of("CASSANDRA_WAIT_TIMEOUT", "120")).resolve()
                .waitTimeout()).isEqualTo(Duration.ofSeconds(120));
        assertThatThrownBy(() -> ConfigurationResolver.create().environment(Map.of("CASSANDRA_WAIT_TIMEOUT", "-1"))
                .resolve())
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("cassandra.waitTimeout");
    }
}
