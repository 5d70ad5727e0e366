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
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Reads every node's state: up or down as the driver tracks it, and, from one coordinator, each node's schema
 * version ({@code system.local}, {@code system.peers}, as the driver's own agreement check reads them) and its
 * gossip status ({@code system_views.gossip_info}, Cassandra 4.1 and later: joining, leaving, moving, shut down).
 * The driver alone cannot tell: a node that is joining is not in its metadata yet, and a node of a remote
 * datacenter, to which it keeps no connection, is down only once the coordinator reports it. A node is also held
 * down once its gossip heartbeat, which a live node advances every second, has not moved for
 * {@link #STALLED_AFTER} across this view's reads: a frozen or cut-off node that the cluster has not convicted yet.
 * Not thread-safe: one view per waiting loop.
 */
public final class ClusterView {

    /** A coordinator that does not answer within this is passed over for the next. */
    private static final Duration COORDINATOR_TIMEOUT = Duration.ofSeconds(5);
    /** Gossip runs every second; a heartbeat still after this many is a node that stopped. */
    static final Duration STALLED_AFTER = Duration.ofSeconds(5);

    private record Beat(String heartbeat, long seenAt) {
    }

    private final CqlSession session;
    /** The last heartbeat seen of each node, by host id, with when it was first seen. */
    private final Map<UUID, Beat> beats = new HashMap<>();
    /** The addresses of the nodes the last read held down because their heartbeat stalled. */
    private final Set<String> stalledAddresses = new HashSet<>();

    public ClusterView(CqlSession session) {
        this.session = session;
    }

    /** Those of the nodes that the last read held down because their gossip heartbeat stalled. */
    public List<ClusterNode> stalled(List<ClusterNode> nodes) {
        return nodes.stream().filter(node -> !node.up() && stalledAddresses.contains(node.address())).toList();
    }

    public List<ClusterNode> read() {
        List<Node> nodes = new ArrayList<>(session.getMetadata().getNodes().values());
        Map<UUID, UUID> versions = new HashMap<>();
        Map<UUID, Gossip> gossip = new HashMap<>();
        List<Node> coordinators = nodes.stream().filter(node -> node.getState() == NodeState.UP)
                .filter(node -> node.getOpenConnections() > 0)
                .sorted(Comparator.comparing(Node::getDistance)).toList();
        for (Node coordinator : coordinators) {
            try {
                versions.putAll(schemaVersions(session, coordinator));
                gossip.putAll(gossip(session, coordinator));
                break;
            } catch (DriverException notAnswering) {
                versions.clear();
                gossip.clear();
            }
        }
        long now = System.nanoTime();
        stalledAddresses.clear();
        List<ClusterNode> view = new ArrayList<>();
        Set<UUID> known = new HashSet<>();
        for (Node node : nodes) {
            known.add(node.getHostId());
            Gossip entry = gossip.get(node.getHostId());
            String status = entry == null ? "" : entry.status();
            boolean down = node.getState() == NodeState.DOWN || node.getState() == NodeState.FORCED_DOWN
                    || status.startsWith("shutdown") || stalled(node.getHostId(), entry, address(node), now);
            view.add(new ClusterNode(address(node), String.valueOf(node.getDatacenter()), !down, change(status),
                    Optional.ofNullable(versions.get(node.getHostId()))));
        }
        // A node joining the ring is in gossip before the driver learns of it, which is once it has joined.
        gossip.forEach((hostId, entry) -> {
            if (!known.contains(hostId) && change(entry.status()).isPresent()) {
                boolean down = entry.status().startsWith("shutdown") || stalled(hostId, entry, entry.address(), now);
                view.add(new ClusterNode(entry.address(), entry.datacenter(), !down, change(entry.status()),
                        entry.schemaVersion()));
            }
        });
        view.sort(Comparator.comparing(ClusterNode::datacenter).thenComparing(ClusterNode::address));
        return view;
    }

    /** Whether the node's heartbeat has not moved for {@link #STALLED_AFTER}; remembers the heartbeat seen. */
    private boolean stalled(UUID hostId, Gossip entry, String address, long now) {
        if (entry == null || entry.heartbeat() == null) {
            return false;
        }
        Beat last = beats.get(hostId);
        if (last == null || !last.heartbeat().equals(entry.heartbeat())) {
            beats.put(hostId, new Beat(entry.heartbeat(), now));
            return false;
        }
        if (now - last.seenAt() >= STALLED_AFTER.toNanos()) {
            stalledAddresses.add(address);
            return true;
        }
        return false;
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

    /** What a coordinator's gossip holds of a node. */
    private record Gossip(String status, String heartbeat, String datacenter, String address,
                          Optional<UUID> schemaVersion) {
    }

    /**
     * Each node's gossip state by host id; nothing before Cassandra 4.1, which has no such table.
     */
    private static Map<UUID, Gossip> gossip(CqlSession session, Node coordinator) {
        Map<UUID, Gossip> gossip = new HashMap<>();
        try {
            for (Row row : session.execute(statement("SELECT * FROM system_views.gossip_info", coordinator))) {
                String hostId = text(row, "host_id");
                if (hostId == null) {
                    continue;
                }
                String status = Optional.ofNullable(text(row, "status_with_port")).or(() -> Optional.ofNullable(
                        text(row, "status"))).orElse("");
                String generation = text(row, "generation");
                String heartbeat = text(row, "heartbeat");
                String address = Optional.ofNullable(text(row, "native_address_and_port"))
                        .or(() -> Optional.ofNullable(text(row, "address"))).orElse(hostId);
                String schema = text(row, "schema");
                gossip.put(UUID.fromString(hostId), new Gossip(status,
                        generation == null || heartbeat == null ? null : generation + ":" + heartbeat,
                        String.valueOf(text(row, "dc")), address.replaceFirst("^/", ""),
                        uuid(schema)));
            }
        } catch (InvalidQueryException | IllegalArgumentException noGossipTable) {
            gossip.clear();
        }
        return gossip;
    }

    private static Optional<UUID> uuid(String text) {
        try {
            return text == null ? Optional.empty() : Optional.of(UUID.fromString(text.trim()));
        } catch (IllegalArgumentException notAUuid) {
            return Optional.empty();
        }
    }

    /** A column of gossip_info as text, whatever its type; null when the table has no such column. */
    private static String text(Row row, String column) {
        ColumnDefinitions columns = row.getColumnDefinitions();
        if (!columns.contains(column) || row.isNull(column)) {
            return null;
        }
        return String.valueOf(row.getObject(column));
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
