package org.cqlshift.api.config;

import org.cqlshift.api.CqlShift;
import org.cqlshift.api.CqlShiftBuilder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.datastax.oss.driver.api.core.DefaultConsistencyLevel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Consistency, TLS and driver configuration settings, from every source, and their mistakes. */
class ProductionSettingsTest {

    @TempDir
    Path directory;

    @Test
    void defaultsAreQuorumSerialAndNoTls() {
        Configuration configuration = CqlShift.configure().load().configuration();

        assertThat(configuration.consistency()).isEqualTo(DefaultConsistencyLevel.QUORUM);
        assertThat(configuration.serialConsistency()).isEqualTo(DefaultConsistencyLevel.SERIAL);
        assertThat(configuration.tls()).isEmpty();
        assertThat(configuration.driverConfig()).isEmpty();
    }

    @Test
    void consistencyLevelsComeFromTheEnvironmentAndAPropertiesFile() throws IOException {
        Path file = Files.writeString(directory.resolve("c.properties"), "cassandra.serialConsistency=local_serial\n");

        Configuration configuration = CqlShift.configure()
                .environment(Map.of("CASSANDRA_CONSISTENCY", "LOCAL_QUORUM"))
                .configFile(file)
                .load().configuration();

        assertThat(configuration.consistency()).isEqualTo(DefaultConsistencyLevel.LOCAL_QUORUM);
        assertThat(configuration.serialConsistency()).isEqualTo(DefaultConsistencyLevel.LOCAL_SERIAL);
    }

    @Test
    void aSerialLevelIsNotARegularConsistencyAndViceVersa() {
        assertThatThrownBy(() -> CqlShift.configure().setting(Setting.CONSISTENCY, "SERIAL").load().configuration())
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("cassandra.consistency 'SERIAL'").hasMessageContaining("LOCAL_QUORUM");
        assertThatThrownBy(() -> CqlShift.configure().setting(Setting.SERIAL_CONSISTENCY, "QUORUM").load().configuration())
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("expected SERIAL or LOCAL_SERIAL but found QUORUM");
        assertThatThrownBy(() -> CqlShift.configure().setting(Setting.CONSISTENCY, "MOST").load().configuration())
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("expected a consistency level");
    }

    @Test
    void tlsSettingsFromTheEnvironment() throws IOException {
        Path store = Files.writeString(directory.resolve("trust.p12"), "x");
        Path password = Files.writeString(directory.resolve("pw"), "secret\n");

        Configuration configuration = CqlShift.configure().environment(Map.of(
                "CASSANDRA_TLS", "true",
                "CASSANDRA_TLS_TRUSTSTORE", store.toString(),
                "CASSANDRA_TLS_TRUSTSTORE_PASSWORD_FILE", password.toString(),
                "CASSANDRA_TLS_KEYSTORE", store.toString(),
                "CASSANDRA_TLS_KEYSTORE_PASSWORD_FILE", password.toString(),
                "CASSANDRA_TLS_HOSTNAME_VERIFICATION", "false")).load().configuration();

        TlsSettings tls = configuration.tls().orElseThrow();
        assertThat(tls.truststore()).contains(store.toAbsolutePath());
        assertThat(tls.truststorePassword()).contains(Secret.of("secret"));
        assertThat(tls.keystorePassword()).contains(Secret.of("secret"));
        assertThat(tls.hostnameVerification()).isFalse();
        assertThat(configuration.toString()).doesNotContain("secret\"").doesNotContain("=secret");
    }

    @Test
    void aStoreGivenWhileTlsIsOffIsRefused() throws IOException {
        Path store = Files.writeString(directory.resolve("trust.p12"), "x");

        assertThatThrownBy(() -> CqlShift.configure()
                .environment(Map.of("CASSANDRA_TLS_TRUSTSTORE", store.toString())).load().configuration())
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("cassandra.tlsTruststore was given (environment variable CASSANDRA_TLS_TRUSTSTORE)"
                        + " but TLS is off");
    }

    @Test
    void aKeystoreNeedsItsPasswordFileAndMissingStoresAreNamed() throws IOException {
        Path store = Files.writeString(directory.resolve("client.p12"), "x");

        assertThatThrownBy(() -> CqlShift.configure().setting(Setting.TLS, "true")
                .setting(Setting.TLS_KEYSTORE, store.toString()).load().configuration())
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("without its password file");
        assertThatThrownBy(() -> CqlShift.configure().setting(Setting.TLS, "true")
                .setting(Setting.TLS_TRUSTSTORE, directory.resolve("missing.p12").toString()).load().configuration())
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("missing.p12");
        assertThatThrownBy(() -> CqlShift.configure().setting(Setting.TLS, "yes").load().configuration())
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("expected true or false");
    }
}
