package org.cqlshift.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import com.datastax.oss.driver.api.core.config.DriverExecutionProfile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.cqlshift.internal.session.CassandraConnection;
import java.util.Map;
import org.cqlshift.api.config.Configuration;
import org.cqlshift.api.config.ConfigurationException;
import org.cqlshift.api.config.Setting;
import org.cqlshift.embedded.EmbeddedCassandra;
import org.cqlshift.embedded.junit.CassandraExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A driver application.conf given with --driver-config: its options apply, settings given explicitly win over
 * it, and settings left at their defaults yield to it.
 */
@ExtendWith(CassandraExtension.class)
class DriverConfigTest {

    @TempDir
    Path directory;

    private Path driverConfig(String... lines) throws IOException {
        return Files.writeString(directory.resolve("application.conf"),
                "datastax-java-driver {\n  " + String.join("\n  ", lines) + "\n}\n");
    }

    private static DriverExecutionProfile profile(CassandraConnection connection) {
        return connection.session().getContext().getConfig().getDefaultProfile();
    }

    @Test
    void settingsGivenExplicitlyWinOverTheFile(EmbeddedCassandra node) throws IOException {
        Path file = driverConfig(
                "basic.request.page-size = 1234",
                "basic.request.consistency = ALL",
                "basic.request.timeout = 1 second");
        Configuration configuration = CqlShift.configure()
                .setting(Setting.CONTACT_POINTS, node.contactPointText())
                .setting(Setting.DRIVER_CONFIG, file.toString())
                .setting(Setting.CONSISTENCY, "LOCAL_QUORUM")
                .environment(Map.of(Setting.REQUEST_TIMEOUT.environmentVariable(), "45"))
                .load().configuration();

        try (CassandraConnection connection = CassandraConnection.open(configuration)) {
            assertThat(profile(connection).getInt(DefaultDriverOption.REQUEST_PAGE_SIZE)).isEqualTo(1234);
            assertThat(profile(connection).getString(DefaultDriverOption.REQUEST_CONSISTENCY)).isEqualTo("LOCAL_QUORUM");
            assertThat(profile(connection).getDuration(DefaultDriverOption.REQUEST_TIMEOUT))
                    .isEqualTo(Duration.ofSeconds(45));
            assertThat(connection.session().execute("SELECT release_version FROM system.local").one()).isNotNull();
        }
    }

    @Test
    void settingsLeftAtTheirDefaultsYieldToTheFile(EmbeddedCassandra node) throws IOException {
        Path file = driverConfig(
                "basic.contact-points = [\"" + node.contactPointText() + "\"]",
                "basic.load-balancing-policy.local-datacenter = " + node.localDatacenter(),
                "basic.request.consistency = ONE",
                "basic.request.serial-consistency = LOCAL_SERIAL",
                "basic.request.timeout = 45 seconds",
                "advanced.control-connection.schema-agreement.timeout = 40 seconds");
        Configuration configuration = CqlShift.configure()
                .setting(Setting.DRIVER_CONFIG, file.toString())
                .load().configuration();

        try (CassandraConnection connection = CassandraConnection.open(configuration)) {
            DriverExecutionProfile profile = profile(connection);
            assertThat(profile.getString(DefaultDriverOption.REQUEST_CONSISTENCY)).isEqualTo("ONE");
            assertThat(profile.getString(DefaultDriverOption.REQUEST_SERIAL_CONSISTENCY)).isEqualTo("LOCAL_SERIAL");
            assertThat(profile.getDuration(DefaultDriverOption.REQUEST_TIMEOUT)).isEqualTo(Duration.ofSeconds(45));
            assertThat(profile.getDuration(DefaultDriverOption.CONTROL_CONNECTION_AGREEMENT_TIMEOUT))
                    .isEqualTo(Duration.ofSeconds(40));
            assertThat(connection.session().execute("SELECT release_version FROM system.local").one()).isNotNull();
        }
    }

    @Test
    void aBuilderCallWinsOverTheFileEvenWithTheDefaultValue(EmbeddedCassandra node) throws IOException {
        Path file = driverConfig("basic.request.consistency = ONE", "basic.request.timeout = 45 seconds");
        Configuration configuration = CqlShift.configure()
                .contactPoints(node.contactPointText())
                .setting(Setting.DRIVER_CONFIG, file.toString())
                .requestTimeout(Duration.ofSeconds(30))
                .load().configuration();

        try (CassandraConnection connection = CassandraConnection.open(configuration)) {
            assertThat(profile(connection).getDuration(DefaultDriverOption.REQUEST_TIMEOUT))
                    .isEqualTo(Duration.ofSeconds(30));
            assertThat(profile(connection).getString(DefaultDriverOption.REQUEST_CONSISTENCY)).isEqualTo("ONE");
        }
    }

    @Test
    void withoutAFileTheDefaultsApply(EmbeddedCassandra node) {
        Configuration configuration = CqlShift.configure()
                .setting(Setting.CONTACT_POINTS, node.contactPointText())
                .load().configuration();

        try (CassandraConnection connection = CassandraConnection.open(configuration)) {
            assertThat(profile(connection).getString(DefaultDriverOption.REQUEST_CONSISTENCY)).isEqualTo("QUORUM");
            assertThat(profile(connection).getDuration(DefaultDriverOption.REQUEST_TIMEOUT))
                    .isEqualTo(Duration.ofSeconds(30));
        }
    }

    @Test
    void theFilesContactPointsAreTheOnesTriedAndNamed() throws IOException {
        Path file = driverConfig("basic.contact-points = [\"127.0.0.1:1\"]");
        Configuration configuration = CqlShift.configure()
                .setting(Setting.DRIVER_CONFIG, file.toString())
                .load().configuration();

        assertThatThrownBy(() -> CassandraConnection.open(configuration).close())
                .isInstanceOf(CassandraUnavailableException.class)
                .hasMessageStartingWith("Cannot connect to Cassandra at 127.0.0.1:1 (");
    }

    @Test
    void givenContactPointsReplaceTheFilesOnes(EmbeddedCassandra node) throws IOException {
        Path file = driverConfig("basic.contact-points = [\"" + node.contactPointText() + "\"]");
        Configuration configuration = CqlShift.configure()
                .setting(Setting.CONTACT_POINTS, "127.0.0.1:1")
                .setting(Setting.DRIVER_CONFIG, file.toString())
                .load().configuration();

        assertThatThrownBy(() -> CassandraConnection.open(configuration).close())
                .isInstanceOf(CassandraUnavailableException.class)
                .hasMessageStartingWith("Cannot connect to Cassandra at 127.0.0.1:1 (");
    }

    @Test
    void theFilesLocalDatacenterIsTheOneChecked(EmbeddedCassandra node) throws IOException {
        Path file = driverConfig("basic.load-balancing-policy.local-datacenter = nowhere");
        Configuration configuration = CqlShift.configure()
                .setting(Setting.CONTACT_POINTS, node.contactPointText())
                .setting(Setting.DRIVER_CONFIG, file.toString())
                .load().configuration();

        assertThatThrownBy(() -> CassandraConnection.open(configuration).close())
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("Local datacenter 'nowhere' does not exist");
    }

    @Test
    void aMistakeInTheFileIsReportedWithItsLine(EmbeddedCassandra node) throws IOException {
        Path file = Files.writeString(directory.resolve("broken.conf"),
                "datastax-java-driver {\n  basic.request.page-size = }\n  basic.request.timeout = 5 seconds\n}\n");
        Configuration configuration = CqlShift.configure()
                .setting(Setting.CONTACT_POINTS, node.contactPointText())
                .setting(Setting.DRIVER_CONFIG, file.toString())
                .load().configuration();

        assertThatThrownBy(() -> CassandraConnection.open(configuration).close())
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("broken.conf: 2: Expecting a value but got wrong token: '}'");
    }
}
