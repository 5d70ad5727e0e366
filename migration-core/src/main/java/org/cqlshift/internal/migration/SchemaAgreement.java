package org.cqlshift.internal.migration;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.DriverException;
import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import com.datastax.oss.driver.api.core.cql.ResultSet;
import com.datastax.oss.driver.api.core.cql.Row;
import com.datastax.oss.driver.api.core.cql.SimpleStatement;
import com.datastax.oss.driver.api.core.metadata.Node;
import com.datastax.oss.driver.api.core.metadata.NodeState;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.cqlshift.api.Reporter;
import org.cqlshift.api.config.Setting;
import org.cqlshift.api.migration.MigrationException;
import org.cqlshift.internal.cluster.ClusterHealth;
import org.cqlshift.internal.cluster.ClusterNode;
import org.cqlshift.internal.cluster.ClusterView;
import org.cqlshift.internal.session.ClusterVersions;
import org.cqlshift.internal.retry.Backoff;

/**
 * Confirms that all nodes agree on the schema after a schema change. With schema metadata disabled the
 * driver reports agreement without checking, so the check is asked for explicitly; it polls the nodes'
 * schema versions for up to the configured timeout.
 *
 * <p>On Cassandra 6, schema changes are entries of the transactional cluster metadata log (CEP-21), and a node's
 * {@code schema_version} is the epoch of the last schema change it applied ({@code 00000000-0000-0000-0000-000000000008}
 * at epoch 8). Agreement there means every live node has reached the epoch of the change; a node already past it
 * (a later change by someone else) agrees too, where the driver's check, which wants equal versions, would wait.
 */
final class SchemaAgreement {

    private static final Backoff POLLING = Backoff.fixed(Duration.ofMillis(20));

    private final CqlSession session;
    private final Duration timeout;
    private final Reporter reporter;
    /** The nodes already named as stalled, so that each is named once per run rather than after every statement. */
    private final Set<String> warned = new HashSet<>();
    /** Kept across statements: it remembers the heartbeats, so that a stalled node is known at once the next time. */
    private ClusterView view;

    /** For reads only, which make no schema change to report on. */
    SchemaAgreement(CqlSession session, Duration timeout) {
        this(session, timeout, Reporter.SILENT);
    }

    SchemaAgreement(CqlSession session, Duration timeout, Reporter reporter) {
        this.session = session;
        this.timeout = timeout;
        this.reporter = reporter;
    }

    /** With the session's own timeout, which is the one in force: the driver configuration file may have set it. */
    static SchemaAgreement of(CqlSession session, Reporter reporter) {
        return new SchemaAgreement(session, session.getContext().getConfig().getDefaultProfile()
                .getDuration(DefaultDriverOption.CONTROL_CONNECTION_AGREEMENT_TIMEOUT), reporter);
    }

    /**
     * Runs a statement of a script, again while a node that lags behind an agreed schema change refuses it
     * ({@link LaggingSchemaRetry}), within the agreement timeout.
     *
     * @param keyspace the keyspace the statement runs in, or null for none
     */
    ResultSet executeOnceApplied(SimpleStatement statement, String keyspace) {
        return new LaggingSchemaRetry(session, timeout, reporter).execute(statement, keyspace);
    }

    boolean reached(ResultSet result) {
        if (ClusterVersions.hasCassandra6(session)) {
            OptionalLong changeEpoch = schemaEpoch(result.getExecutionInfo().getCoordinator());
            if (changeEpoch.isPresent()) {
                return everyLiveNodeReached(changeEpoch.getAsLong());
            }
        }
        return result.getExecutionInfo().isSchemaInAgreement() && session.checkSchemaAgreement()
                && untrackedNodesAgree();
    }

    /**
     * The driver's check counts only the nodes it knows to be up. A node of another datacenter, to which it keeps no
     * connection, is in no known state until the cluster reports it up or down, so it would be left out even while
     * frozen or cut off; such nodes are checked here against a coordinator's view, which holds them up until it
     * convicts them.
     */
    private boolean untrackedNodesAgree() {
        if (session.getMetadata().getNodes().values().stream().noneMatch(node -> node.getState() == NodeState.UNKNOWN)) {
            return true;
        }
        Backoff.Deadline deadline = POLLING.until(timeout);
        if (view == null) {
            view = new ClusterView(session);
        }
        while (true) {
            List<ClusterNode> nodes = view.read();
            if (nodes.stream().filter(ClusterNode::up).map(ClusterNode::schemaVersion).flatMap(Optional::stream)
                    .distinct().count() <= 1) {
                for (ClusterNode stalled : view.stalled(nodes)) {
                    if (warned.add(stalled.address())) {
                        reporter.warn("Node " + stalled.name() + " has stopped answering its peers (its gossip"
                                + " heartbeat stalled), but the cluster has not marked it down yet: schema agreement"
                                + " leaves it out. It receives the schema changes when it answers again.");
                    }
                }
                return true;
            }
            if (!deadline.pauseUnlessInterrupted()) {
                return false;
            }
        }
    }

    void require(ResultSet result, String after) {
        if (!reached(result)) {
            throw new MigrationException(notReached(after), suggestion());
        }
    }

    String notReached(String after) {
        return "The nodes did not agree on the schema within " + timeout.toSeconds() + " s after " + after + ". "
                + disagreement(new ClusterView(session).read());
    }

    /**
     * The nodes that hold another schema version than most of those that are up, and those that are down, by
     * datacenter; a datacenter none of whose nodes is up is named unreachable.
     */
    static String disagreement(List<ClusterNode> nodes) {
        Optional<UUID> common = nodes.stream().filter(ClusterNode::up).map(ClusterNode::schemaVersion)
                .flatMap(Optional::stream)
                .collect(Collectors.groupingBy(version -> version, LinkedHashMap::new, Collectors.counting()))
                .entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
        List<ClusterNode> apart = nodes.stream()
                .filter(node -> !node.up() || !node.schemaVersion().equals(common)).toList();
        if (apart.isEmpty()) {
            return "Every node now reports schema version " + common.map(UUID::toString).orElse("unknown") + ".";
        }
        List<String> unreachable = nodes.stream().map(ClusterNode::datacenter).distinct()
                .filter(dc -> nodes.stream().noneMatch(node -> node.datacenter().equals(dc) && node.up())).toList();
        return (unreachable.isEmpty() ? "" : "Datacenter" + (unreachable.size() == 1 ? " " : "s ")
                + String.join(", ", unreachable) + (unreachable.size() == 1 ? " is" : " are") + " unreachable. ")
                + "Not on the schema version most nodes that are up hold (" + common.map(UUID::toString)
                .orElse("none known") + "): "
                + ClusterHealth.byDatacenter(apart, node -> node.address() + (node.up()
                        ? " at " + node.schemaVersion().map(UUID::toString).orElse("an unknown version")
                        : " down")) + ".";
    }

    String suggestion() {
        return "Check that every node is up and reachable (nodetool describecluster shows one schema version),"
                + " or allow more time with " + Setting.SCHEMA_AGREEMENT_TIMEOUT.flag() + " / "
                + Setting.SCHEMA_AGREEMENT_TIMEOUT.environmentVariable() + "; then run migrate again.";
    }

    private boolean everyLiveNodeReached(long epoch) {
        Backoff.Deadline deadline = POLLING.until(timeout);
        while (true) {
            List<Node> behind = session.getMetadata().getNodes().values().stream()
                    .filter(node -> node.getState() == NodeState.UP)
                    .filter(node -> schemaEpoch(node).orElse(Long.MIN_VALUE) < epoch)
                    .toList();
            if (behind.isEmpty()) {
                return true;
            }
            if (!deadline.pauseUnlessInterrupted()) {
                return false;
            }
        }
    }

    /** The epoch of the last schema change the node applied, when its schema version is an epoch. */
    private OptionalLong schemaEpoch(Node node) {
        if (node == null) {
            return OptionalLong.empty();
        }
        Row row;
        try {
            row = session.execute(SimpleStatement.newInstance("SELECT schema_version FROM system.local").setNode(node))
                    .one();
        } catch (DriverException unreachable) {
            // A node that does not answer has not shown it reached the epoch; the next poll asks again.
            return OptionalLong.empty();
        }
        UUID version = row == null ? null : row.getUuid(0);
        return version != null && version.getMostSignificantBits() == 0
                ? OptionalLong.of(version.getLeastSignificantBits()) : OptionalLong.empty();
    }
}
