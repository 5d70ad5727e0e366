package org.cqlshift.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --embedded-topology}: a command on embedded nodes in two datacenters, as a user tries a multi-datacenter
 * keyspace on a laptop. Starts two nodes: tagged {@code cluster}.
 */
@Tag("cluster")
class EmbeddedNodesTest {

    private static final String VERSION = System.getProperty("cassandra.embeddedVersion");

    @TempDir
    Path directory;

    @Test
    void upOnOneNodeInEachOfTwoDatacentersWritesToBothAtOneReplicaInEach() {
        RunResult result = RunResult.run(Map.of(), "up", "--embedded", "--embedded-topology", "dc1:1,dc2:1",
                "--embedded-version", VERSION, "--embedded-directory", directory.toString(), "--keyspace", "two_dcs",
                "--replication", "NetworkTopologyStrategy:dc1=1,dc2=1",
                "--migrations", UpCommandTest.SAMPLE_MIGRATIONS.toString(),
                "--seeds", UpCommandTest.SAMPLE_SEEDS.toString());

        // The seeds are written at QUORUM, which with one replica in each datacenter is both nodes.
        assertThat(result.exitCode).as(result.toString()).isZero();
        assertThat(result.out).contains("Starting 2 embedded Cassandra " + VERSION
                        + " nodes in datacenters dc1:1,dc2:1, one after the other")
                .containsPattern("Embedded Cassandra " + VERSION.replace(".", "\\.")
                        + " started at 127\\.0\\.0\\.\\d+:\\d+ in datacenter dc1")
                .containsPattern("Embedded Cassandra " + VERSION.replace(".", "\\.")
                        + " started at 127\\.0\\.0\\.\\d+:\\d+ in datacenter dc2")
                .contains("Loaded users.yaml: 2 rows").contains("Loaded employee.yaml: 4 rows")
                .contains("Verify of keyspace two_dcs: 2 tables, all passed");
        assertThat(result.all()).doesNotContain("is down").doesNotContain("Too few replicas");
        assertThat(directory.resolve("node1/logs/system.log")).isRegularFile();
        assertThat(directory.resolve("node2/logs/system.log")).isRegularFile();
        assertThat(directory.resolve("node1/cassandra.pid")).doesNotExist();
        assertThat(directory.resolve("node2/cassandra.pid")).doesNotExist();
    }
}
