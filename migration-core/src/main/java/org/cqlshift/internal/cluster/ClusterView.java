package org.cqlshift.internal.cluster;

import com.datastax.oss.driver.api.core.ConsistencyLevel;
import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.DriverException;
import com.datastax.oss.driver.api.core.cql.ColumnDefinitions;
import com.datastax.oss.driver.api.core.cql.Row;
import com.datastax.oss.driver.api.core.cql.SimpleStatement;
import com.datastax.oss.driver.api.core.metadata.Node;
import com.datastax.oss.driver.api.core.metadata.NodeState;
import com.datastax.oss.driver.api.core.servererrors.InvalidQueryException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads every node's state: up or down as the driver tracks it, and, from one coordinator, each node's schema
 * version ({@code system.local}, {@code system.peers}, as the driver's own agreement check reads them) and its
 * gossip status ({@code system_views.gossip_info}, Cassandra 4.1 and later: joining, leaving, moving, shut down).
 * The driver alone cannot tell: a node that is joining is not in its metadata yet, and a node of a remote
 * datacenter, to which it keeps no connection, is down only once the coordinator reports it.
 */
public final class ClusterView {

    /** A coordinator that does not answer within this is passed over for the next. */
    private static final Duration COORDINATOR_TIMEOUT = Duration.ofSeconds(5);

    private ClusterView() {
    }

    public static List<ClusterNode> read(CqlSession session) {
        List<Node> nodes = new ArrayList<>(session.getMetadata().getNodes().values());
        Map<UUID, UUID> versions = new HashMap<>();
        Map<UUID, String> statuses = new HashMap<>();
        List<Node> coordinators = nodes.stream().filter(node -> node.getState() == NodeState.UP)
                .filter(node -> node.getOpenConnections() > 0)
                .sorted(Comparator.comparing(Node::getDistance)).toList();
        for (Node coordinator : coordinators) {
            try {
                versions.putAll(schemaVersions(session, coordinator));
                statuses.putAll(gossipStatuses(session, coordinator));
                break;
            } catch (DriverException notAnswering) {
                versions.clear();
                statuses.clear();
            }
        }
        List<ClusterNode> view = new ArrayList<>();
        for (Node node : nodes) {
            String status = statuses.getOrDefault(node.getHostId(), "");
            boolean down = node.getState() == NodeState.DOWN || node.getState() == NodeState.FORCED_DOWN
                    || status.startsWith("shutdown");
            view.add(new ClusterNode(address(node), String.valueOf(node.getDatacenter()), !down, change(status),
                    Optional.ofNullable(versions.get(node.getHostId()))));
        }
        view.sort(Comparator.comparing(ClusterNode::datacenter).thenComparing(ClusterNode::address));
        return view;
    }

    private static Map<UUID, UUID> schemaVersions(CqlSession session, Node coordinator) {
        Map<UUID, UUID> versions = new HashMap<>();
        for (String table : List.of("system.local", "system.peers")) {
            for (Row row : session.execute(statement("SELECT host_id, schema_version FROM " + table, coordinator))) {
                if (row.getUuid("host_id") != null && row.getUuid("schema_version") != null) {
                    versions.put(row.getUuid("host_id"), row.getUuid("schema_version"));
                }
            }
        }
        return versions;
    }

    /** The gossip status of each node by host id; empty before Cassandra 4.1, which has no such table. */
    private static Map<UUID, String> gossipStatuses(CqlSession session, Node coordinator) {
        Map<UUID, String> statuses = new HashMap<>();
        try {
            for (Row row : session.execute(statement("SELECT * FROM system_views.gossip_info", coordinator))) {
                ColumnDefinitions columns = row.getColumnDefinitions();
                String hostId = columns.contains("host_id") ? row.getString("host_id") : null;
                String status = columns.contains("status_with_port") && row.getString("status_with_port") != null
                        ? row.getString("status_with_port")
                        : columns.contains("status") ? row.getString("status") : null;
                if (hostId != null && status != null) {
                    statuses.put(UUID.fromString(hostId), status);
                }
            }
        } catch (InvalidQueryException | IllegalArgumentException noGossipTable) {
            return Map.of();
        }
        return statuses;
    }

    /** joining, leaving or moving, from a gossip status such as {@code BOOT,-9100...} or {@code LEAVING,...}. */
    static Optional<String> change(String gossipStatus) {
        String state = gossipStatus.split(",", 2)[0].trim().toUpperCase(Locale.ROOT);
        return switch (state) {
            case "BOOT", "BOOT_REPLACE", "HIBERNATE" -> Optional.of("joining");
            case "LEAVING" -> Optional.of("leaving");
            case "MOVING" -> Optional.of("moving");
            default -> Optional.empty();
        };
    }

    private static SimpleStatement statement(String cql, Node coordinator) {
        return SimpleStatement.newInstance(cql).setNode(coordinator).setTimeout(COORDINATOR_TIMEOUT)
                .setConsistencyLevel(ConsistencyLevel.ONE);
    }

    /** {@code 127.0.0.3:9042}: the address clients connect to. */
    private static String address(Node node) {
        Optional<InetSocketAddress> rpc = node.getBroadcastRpcAddress();
        return rpc.map(address -> address.getAddress().getHostAddress() + ":" + address.getPort())
                .orElseGet(() -> node.getEndPoint().toString().replaceFirst("^/", ""));
    }
}
