package org.cqlshift.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.cqlshift.embedded.EmbeddedCassandra;
import org.cqlshift.embedded.junit.CassandraExtension;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * A pod that starts before its database: the command is already waiting when the node comes up.
 * Runs first (see junit-platform.properties) so that its node is gone before the shared one starts.
 */
@Order(1)
class WaitForLateNodeTest {

    @Test
    void commandWaitsForANodeThatStartsLaterAndSucceeds() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Map<String, String> environment = Map.of(
                "CASSANDRA_CONTACT_POINTS", "127.0.0.1:" + port,
                "CASSANDRA_KEYSPACE", "late_node",
                "CASSANDRA_MIGRATIONS", UpCommandTest.SAMPLE_MIGRATIONS.toString(),
                "CASSANDRA_SEEDS", UpCommandTest.SAMPLE_SEEDS.toString(),
                "CASSANDRA_WAIT_TIMEOUT", "600");
        RunResult.Running command = RunResult.start(environment, "up");
        // Waiting: it found no node and retries, for up to its wait timeout.
        await().atMost(Duration.ofMinutes(2))
                .failFast("the command ended before any node started", () -> command.result().isDone())
                .until(() -> command.errSoFar().contains("Cassandra at 127.0.0.1:" + port + " not reachable yet"));

        try (EmbeddedCassandra node = EmbeddedCassandra.builder()
                .version(System.getProperty(CassandraExtension.VERSION_PROPERTY))
                .directory(Path.of(System.getProperty(CassandraExtension.DIRECTORY_PROPERTY) + "-late"))
                .nativePort(port)
                // A node's start on a busy machine takes minutes; the embedded default of 120 s is for a quiet one.
                .startupTimeout(Duration.ofMinutes(6))
                .build()
                .start()) {
            RunResult result = command.result().get(10, TimeUnit.MINUTES);

            assertThat(result.exitCode).as(result.toString()).isZero();
            assertThat(result.err).contains("Cassandra at 127.0.0.1:" + port + " not reachable yet");
            assertThat(result.out).contains("Verify of keyspace late_node: 2 tables, all passed");
        }
    }
}
