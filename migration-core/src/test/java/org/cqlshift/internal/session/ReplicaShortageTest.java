package org.cqlshift.internal.session;

import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.AllNodesFailedException;
import com.datastax.oss.driver.api.core.DefaultConsistencyLevel;
import com.datastax.oss.driver.api.core.metadata.EndPoint;
import com.datastax.oss.driver.api.core.metadata.Node;
import com.datastax.oss.driver.api.core.metadata.NodeState;
import com.datastax.oss.driver.api.core.servererrors.InvalidQueryException;
import com.datastax.oss.driver.api.core.servererrors.ReadTimeoutException;
import com.datastax.oss.driver.api.core.servererrors.UnavailableException;
import com.datastax.oss.driver.api.core.servererrors.WriteTimeoutException;
import com.datastax.oss.driver.api.core.servererrors.WriteType;
import com.datastax.oss.driver.internal.core.metadata.DefaultEndPoint;
import java.lang.reflect.Proxy;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import org.cqlshift.api.CassandraUnavailableException;
import org.cqlshift.api.ErrorReport;
import org.cqlshift.api.Failure;
import org.cqlshift.api.migration.MigrationException;
import org.cqlshift.api.seed.SeedException;
import org.junit.jupiter.api.Test;

/**
 * Too few replicas, however the driver or the tool wrapped the server's error, is exit code 3 naming the datacenters
 * whose nodes are down and the consistency settings. The nodes are as the driver's metadata reports them; the
 * errors are the driver's own classes, as it builds them from the server's answers.
 */
class ReplicaShortageTest {

    private static final List<ReplicaShortage.NodeView> DC2_DOWN = List.of(
            new ReplicaShortage.NodeView("127.0.0.2:9042", "dc1", NodeState.UP),
            new ReplicaShortage.NodeView("127.0.0.3:9042", "dc2", NodeState.DOWN));
    private static final List<ReplicaShortage.NodeView> DC2_UNWATCHED = List.of(
            new ReplicaShortage.NodeView("127.0.0.2:9042", "dc1", NodeState.UP),
            new ReplicaShortage.NodeView("127.0.0.3:9042", "dc2", NodeState.UNKNOWN));

    @Test
    void theServersUnavailableInsideAllNodesFailedIsExitCodeThreeNamingTheDatacenterAndTheSettings() {
        RuntimeException error = allNodesFailed(new UnavailableException(null, DefaultConsistencyLevel.QUORUM, 2, 1));

        ErrorReport report = ErrorReport.of(ReplicaShortage.translate(error, DC2_DOWN, "dc1"));

        assertThat(report.exitCode()).isEqualTo(3);
        assertThat(report.failure()).contains(Failure.UNREACHABLE);
        assertThat(report.message()).contains("consistency level QUORUM: 2 required but only 1 alive")
                .contains("Nodes down: datacenter dc2 (127.0.0.3:9042)").doesNotContain("dc1");
        assertThat(report.suggestion()).get().asString()
                .contains("--consistency (CASSANDRA_CONSISTENCY, cassandra.consistency, cqlshift.consistency) to"
                        + " LOCAL_QUORUM")
                .contains("--serial-consistency (CASSANDRA_SERIAL_CONSISTENCY, cassandra.serialConsistency,"
                        + " cqlshift.serial-consistency) to LOCAL_SERIAL")
                .contains("only datacenter dc1 must answer").contains("from that one datacenter only");
    }

    @Test
    void aWriteTimeoutWithTooFewReplicasUnderAScriptFailureIsExitCodeThreeAndKeepsWhatStopped() {
        RuntimeException scriptFailed = new MigrationException("V2__add_table.cql failed at statement 1",
                "Fix the script.", new WriteTimeoutException(null, DefaultConsistencyLevel.QUORUM, 1, 2,
                WriteType.SIMPLE));

        RuntimeException translated = ReplicaShortage.translate(scriptFailed, DC2_DOWN, "dc1");

        assertThat(translated).isInstanceOf(CassandraUnavailableException.class).hasCause(scriptFailed);
        assertThat(translated.getMessage()).contains("2 required but only 1 answered")
                .contains("It stopped: V2__add_table.cql failed at statement 1");
        assertThat(ErrorReport.of(translated).exitCode()).isEqualTo(3);
    }

    @Test
    void aReadTimeoutInAnAsynchronousSeedWriteIsFoundThroughEveryWrapper() {
        RuntimeException seedFailed = new SeedException("Writing seed file users.yaml failed", null,
                new CompletionException(allNodesFailed(new ReadTimeoutException(null,
                        DefaultConsistencyLevel.QUORUM, 1, 2, false))));

        assertThat(ReplicaShortage.translate(seedFailed, DC2_DOWN, "dc1")).isInstanceOf(CassandraUnavailableException.class)
                .hasMessageContaining("datacenter dc2");
    }

    @Test
    void theLockAtSerialNamesTheSerialSetting() {
        RuntimeException error = new UnavailableException(null, DefaultConsistencyLevel.SERIAL, 2, 1);

        RuntimeException translated = ReplicaShortage.translate(error, DC2_DOWN, "dc1");

        assertThat(translated.getMessage()).contains("consistency level SERIAL");
        assertThat(((CassandraUnavailableException) translated).suggestion()).get().asString()
                .contains("--serial-consistency").contains("LOCAL_SERIAL");
    }

    @Test
    void nodesTheDriverDoesNotWatchAreNamedAsSuchByDatacenter() {
        RuntimeException error = allNodesFailed(new UnavailableException(null, DefaultConsistencyLevel.QUORUM, 2, 1));

        assertThat(ReplicaShortage.translate(error, DC2_UNWATCHED, "dc1").getMessage())
                .contains("no connection to datacenter dc2 (its local datacenter is dc1)")
                .contains("dc2 has 127.0.0.3:9042");
    }

    @Test
    void withoutASessionTheErrorReportStillMapsTheWrappedErrorToExitCodeThree() {
        ErrorReport report = ErrorReport.of(allNodesFailed(
                new UnavailableException(null, DefaultConsistencyLevel.LOCAL_QUORUM, 2, 1)));

        assertThat(report.exitCode()).isEqualTo(3);
        assertThat(report.message()).contains("nodetool status");
        assertThat(report.suggestion()).get().asString().contains("--consistency");
    }

    @Test
    void otherErrorsAndTranslatedOnesStayAsTheyAre() {
        RuntimeException invalid = new InvalidQueryException(null, "unconfigured table t");
        assertThat(ReplicaShortage.translate(invalid, DC2_DOWN, "dc1")).isSameAs(invalid);
        assertThat(ErrorReport.of(invalid).exitCode()).isEqualTo(1);

        RuntimeException translated = ReplicaShortage.translate(
                new UnavailableException(null, DefaultConsistencyLevel.QUORUM, 2, 1), DC2_DOWN, "dc1");
        assertThat(ReplicaShortage.translate(translated, List.of(), null)).isSameAs(translated);
        assertThat(ErrorReport.of(translated).message()).isEqualTo(translated.getMessage());
    }

    /** As the driver reports a request that every node it tried failed; only the key's address is ever read. */
    private static AllNodesFailedException allNodesFailed(Throwable perNode) {
        EndPoint endPoint = new DefaultEndPoint(new InetSocketAddress("127.0.0.2", 9042));
        Node coordinator = (Node) Proxy.newProxyInstance(Node.class.getClassLoader(), new Class<?>[] {Node.class},
                (proxy, method, arguments) -> switch (method.getName()) {
                    case "getEndPoint" -> endPoint;
                    case "toString" -> endPoint.toString();
                    case "hashCode" -> endPoint.hashCode();
                    case "equals" -> proxy == arguments[0];
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        return AllNodesFailedException.fromErrors(Map.of(coordinator, perNode));
    }
}
