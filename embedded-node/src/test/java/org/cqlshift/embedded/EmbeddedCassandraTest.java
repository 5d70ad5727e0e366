package org.cqlshift.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Nodes that cannot start, and why; none of these launches a working node. */
class EmbeddedCassandraTest {

    private static final String VERSION = System.getProperty("cassandra.embeddedVersion", CassandraArtifact.DEFAULT_VERSION);

    private static EmbeddedCassandra.Builder node(String directoryName) {
        return EmbeddedCassandra.builder().version(VERSION).directory(Path.of("target", directoryName)).nativePort(0);
    }

    @Test
    void aNodeThatCannotStartReportsWhyAndWhereItsLogIs() {
        EmbeddedCassandra broken = node("embedded-broken").yamlEntry("num_tokens", "many").build();

        assertThatThrownBy(broken::start)
                .isInstanceOf(EmbeddedCassandraException.class)
                .hasMessageContaining("did not start in " + broken.directory())
                .hasMessageContaining("the process exited with code")
                .hasMessageContaining("num_tokens")
                .hasMessageContaining("Full log: " + broken.systemLog());
        assertThat(broken.isRunning()).isFalse();
        assertThat(broken.directory().resolve("cassandra.pid")).doesNotExist();
    }

    @Test
    void aNativePortInUseIsReportedBeforeTheNodeIsLaunched() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            EmbeddedCassandra node = node("embedded-port-taken").nativePort(taken.getLocalPort()).build();

            assertThatThrownBy(node::start)
                    .isInstanceOf(EmbeddedCassandraException.class)
                    .hasMessageContaining("native port " + taken.getLocalPort() + " on 127.0.0.1 is already in use");
            assertThat(node.isRunning()).isFalse();
        }
    }

    @Test
    void rejectsVersionsWhoseConfigurationItCannotWrite() {
        assertThatThrownBy(() -> node("unused").version("4.0.13").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("use 4.1 or later");
    }

    @Test
    void rejectsCassandra4OnAJavaItDoesNotRunOn() {
        Path javaHome = Path.of(System.getProperty("java.home"));
        assumeTrue(JavaRelease.featureVersion(javaHome) > 11);

        assertThatThrownBy(() -> node("unused").version("4.1.10").javaHome(javaHome).build())
                .isInstanceOf(UnsupportedJavaException.class)
                .hasMessageContaining("Cassandra 4.1.10 runs on Java 8 or 11")
                .hasMessageContaining("Install a JDK 11");
    }
}
