package org.cqlshift.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import com.datastax.oss.driver.api.core.config.DriverExecutionProfile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.cqlshift.api.config.Configuration;
import org.cqlshift.api.config.ConfigurationException;
import org.cqlshift.api.config.ConfigurationResolver;
import org.cqlshift.api.config.Setting;
import org.cqlshift.embedded.EmbeddedCassandra;
import org.cqlshift.embedded.junit.CassandraExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** A driver application.conf given with --driver-config: its options apply, cqlshift's own settings win. */
@ExtendWith(CassandraExtension.class)
class DriverConfigTest {

    @TempDir
    Path directory;

    private Configuration configuration(EmbeddedCassandra node, Path driverConfig, String consistency) {
        return ConfigurationResolver.create()
                .explicit(Setting.CONTACT_POINTS, node.contactPointText())
                .explicit(Setting.DRIVER_CONFIG, driverConfig.toString())
                .explicit(Setting.CONSISTENCY, consistency)
                .resolve();
    }

    @Test
    void optionsOfTheFileApplyAndTheSettingsWinOverIt(EmbeddedCassandra node) throws IOException {
        Path file = Files.writeString(directory.resolve("application.conf"), String.join("\n",
                "datastax-java-driver {",
                "  basic.request.page-size = 1234",
                "  basic.request.consistency = ALL",
                "  basic.request.timeout = 1 second",
                "}", ""));

        try (CassandraConnection connection = CassandraConnection.open(configuration(node, file, "LOCAL_QUORUM"))) {
            DriverExecutionProfile profile = connection.session().getContext().getConfig().getDefaultProfile();

            assertThat(profile.getInt(DefaultDriverOption.REQUEST_PAGE_SIZE)).isEqualTo(1234);
            assertThat(profile.getString(DefaultDriverOption.REQUEST_CONSISTENCY)).isEqualTo("LOCAL_QUORUM");
            assertThat(profile.getDuration(DefaultDriverOption.REQUEST_TIMEOUT)).isEqualTo(Duration.ofSeconds(30));
            assertThat(connection.session().execute("SELECT release_version FROM system.local").one()).isNotNull();
        }
    }

    @Test
    void aMistakeInTheFileIsReportedWithItsLine(EmbeddedCassandra node) throws IOException {
        Path file = Files.writeString(directory.resolve("broken.conf"),
                "datastax-java-driver {\n  basic.request.page-size = }\n  basic.request.timeout = 5 seconds\n}\n");

        assertThatThrownBy(() -> CassandraConnection.open(configuration(node, file, null)).close())
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("broken.conf: 2: Expecting a value but got wrong token: '}'");
    }
}
