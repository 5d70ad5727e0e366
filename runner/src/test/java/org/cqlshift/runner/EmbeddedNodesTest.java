package org.cqlshift.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --embedded-nodes}: a command on a cluster of embedded nodes. Starts two nodes: tagged {@code cluster}. */
@Tag("cluster")
class EmbeddedNodesTest {

    private static final String VERSION = System.getProperty("cassandra.embeddedVersion");

    @TempDir
    Path directory;

    @Test
    void upOnTwoEmbeddedNodesWritesToBothAtReplicationFactorTwo() {
        RunResult result = RunResult.run(Map.of(), "up", "--embedded", "--embedded-nodes", "2",
                "--embedded-version", VERSION, "--embedded-directory", directory.toString(), "--keyspace", "two_nodes",
                "--replication", "SimpleStrategy:2", "--migrations", UpCommandTest.SAMPLE_MIGRATIONS.toString(),
                "--seeds", UpCommandTest.SAMPLE_SEEDS.toString());

        // The seeds are written at QUORUM, which at replication factor 2 is both nodes.
        assertThat(result.exitCode).as(result.toString()).isZero();
        assertThat(result.out).contains("Starting 2 embedded Cassandra " + VERSION + " nodes")
                .contains("Embedded Cassandra " + VERSION + " started at 127.0.0.2:")
                .contains("Embedded Cassandra " + VERSION + " started at 127.0.0.3:")
                .contains("Loaded users.yaml: 2 rows").contains("Loaded employee.yaml: 4 rows")
                .contains("Verify of keyspace two_nodes: 2 tables, all passed");
        assertThat(result.all()).doesNotContain("is down");
        assertThat(directory.resolve("node1/logs/system.log")).isRegularFile();
        assertThat(directory.resolve("node2/logs/system.log")).isRegularFile();
        assertThat(directory.resolve("node1/cassandra.pid")).doesNotExist();
        assertThat(directory.resolve("node2/cassandra.pid")).doesNotExist();
    }
}
