package org.cqlshift.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.util.List;
import java.util.Map;
import org.apache.maven.execution.DefaultMavenExecutionRequest;
import org.apache.maven.execution.DefaultMavenExecutionResult;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.project.MavenProject;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.SettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;
import org.cqlshift.api.config.Configuration;
import org.cqlshift.api.config.ConfigurationException;
import org.junit.jupiter.api.Test;

/** Credentials from a settings.xml server named by cassandra.serverId, as Flyway's plugin takes them. */
class ServerCredentialsTest {

    private final MigrateMojo mojo = new MigrateMojo();

    ServerCredentialsTest() {
        Server server = new Server();
        server.setId("cassandra-prod");
        server.setUsername("app");
        server.setPassword("{encrypted}");
        Settings settings = new Settings();
        settings.addServer(server);
        mojo.settings = settings;
        mojo.basedir = new File(".");
        mojo.project = new MavenProject();
        mojo.project.setRemoteArtifactRepositories(List.of());
        mojo.session = new MavenSession(null, null, new DefaultMavenExecutionRequest(),
                new DefaultMavenExecutionResult());
        // Stands in for Maven's decrypter, which needs a master password file to do the same.
        mojo.settingsDecrypter = request -> decrypted(request);
    }

    private static SettingsDecryptionResult decrypted(SettingsDecryptionRequest request) {
        Server clear = request.getServers().get(0).clone();
        clear.setPassword("clear-password");
        return new SettingsDecryptionResult() {
            @Override
            public Server getServer() {
                return clear;
            }

            @Override
            public List<Server> getServers() {
                return List.of(clear);
            }

            @Override
            public org.apache.maven.settings.Proxy getProxy() {
                return null;
            }

            @Override
            public List<org.apache.maven.settings.Proxy> getProxies() {
                return List.of();
            }

            @Override
            public List<SettingsProblem> getProblems() {
                return List.of();
            }
        };
    }

    @Test
    void theServerNamedByServerIdLogsIn() {
        mojo.serverId = "cassandra-prod";

        Configuration configuration = mojo.configure(Map.of()).load().configuration();

        assertThat(configuration.username()).contains("app");
        assertThat(configuration.password().orElseThrow().reveal()).isEqualTo("clear-password");
    }

    @Test
    void anExplicitUserWinsOverTheServer() {
        mojo.serverId = "cassandra-prod";
        mojo.username = "admin";
        mojo.password = "explicit";

        Configuration configuration = mojo.configure(Map.of()).load().configuration();

        assertThat(configuration.username()).contains("admin");
    }

    @Test
    void anUnknownServerIdIsNamed() {
        mojo.serverId = "nope";

        assertThatThrownBy(() -> mojo.configure(Map.of()))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("No <server> with the id 'nope'");
    }
}
