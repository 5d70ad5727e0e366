package org.cqlmigrate.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.datastax.oss.driver.api.core.CqlSession;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Starts nodes of its own, each in a directory of its own; kept to few starts because each costs seconds. */
class EmbeddedCassandraTest {

    private static final String VERSION = System.getProperty("cqlmigrate.embedded.version", CassandraArtifact.DEFAULT_VERSION);

    private static EmbeddedCassandra.Builder node(String directoryName) {
        return EmbeddedCassandra.builder().version(VERSION).directory(Path.of("target", directoryName)).nativePort(0);
    }

    @Test
    void aNewNodeReplacesTheOneAKilledRunLeftInItsDirectoryAndStopEndsItsProcess() {
        EmbeddedCassandra leftover = node("embedded-takeover").build();
        EmbeddedCassandra next = node("embedded-takeover").build();
        try {
            long leftoverPid = leftover.start().pid();
            assertThat(pidFile(leftover)).hasContent(Long.toString(leftoverPid));

            long nextPid = next.start().pid();

            assertThat(ProcessHandle.of(leftoverPid).filter(ProcessHandle::isAlive)).isEmpty();
            assertThat(pidFile(next)).hasContent(Long.toString(nextPid));
            try (CqlSession session = CqlSession.builder().addContactPoint(next.contactPoint())
                    .withLocalDatacenter(next.localDatacenter()).build()) {
                assertThat(session.execute("SELECT release_version FROM system.local").one().getString(0))
                        .isEqualTo(VERSION);
            }

            next.stop();

            assertThat(ProcessHandle.of(nextPid).filter(ProcessHandle::isAlive)).isEmpty();
            assertThat(next.isRunning()).isFalse();
            assertThat(pidFile(next)).doesNotExist();
            assertThat(FreePorts.isFree(next.contactPoint().getAddress(), next.nativePort())).isTrue();
        } finally {
            next.stop();
            leftover.stop();
        }
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
        org.junit.jupiter.api.Assumptions.assumeTrue(JavaRelease.featureVersion(javaHome) > 11);

        assertThatThrownBy(() -> node("unused").version("4.1.10").javaHome(javaHome).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Cassandra 4.1.10 runs on Java 8 or 11")
                .hasMessageContaining("use Cassandra 5.0 or later, or a JDK 11 as javaHome");
    }

    private static Path pidFile(EmbeddedCassandra node) {
        return node.directory().resolve("cassandra.pid");
    }
}
