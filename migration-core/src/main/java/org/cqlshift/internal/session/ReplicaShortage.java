package org.cqlshift.internal.session;

import com.datastax.oss.driver.api.core.AllNodesFailedException;
import com.datastax.oss.driver.api.core.ConsistencyLevel;
import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.DefaultConsistencyLevel;
import com.datastax.oss.driver.api.core.metadata.Node;
import com.datastax.oss.driver.api.core.metadata.NodeState;
import com.datastax.oss.driver.api.core.servererrors.CoordinatorException;
import com.datastax.oss.driver.api.core.servererrors.QueryConsistencyException;
import com.datastax.oss.driver.api.core.servererrors.UnavailableException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.cqlshift.api.CassandraUnavailableException;
import org.cqlshift.api.CqlShiftException;
import org.cqlshift.api.config.Setting;

/**
 * Too few replicas were alive, or answered in time, for a request's consistency level: the cluster's state (a node
 * or a whole datacenter away), never a bug, whatever statement hit it (history, lock, script, seed, verify) and
 * however the driver or the tool wrapped the server's error. This is the one place such errors become a
 * {@link CassandraUnavailableException} (exit code 3) that names the datacenters whose nodes are down and the
 * setting to change.
 */
public final class ReplicaShortage {

    private ReplicaShortage() {
    }

    /** A node as the driver's metadata sees it. */
    public record NodeView(String address, String datacenter, NodeState state) {
    }

    /**
     * The server's error saying too few replicas were alive or answered, wherever it is: the error itself, its causes,
     * or the per-node errors of an {@link AllNodesFailedException} among them.
     */
    public static Optional<Shortage> find(Throwable error) {
        Deque<Throwable> pending = new ArrayDeque<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        pending.add(error);
        while (!pending.isEmpty()) {
            Throwable current = pending.poll();
            if (!seen.add(current)) {
                continue;
            }
            if (current instanceof UnavailableException unavailable) {
                return Optional.of(new Shortage(unavailable, unavailable.getConsistencyLevel(),
                        unavailable.getRequired(), unavailable.getAlive(), "alive"));
            }
            if (current instanceof QueryConsistencyException consistency) {
                return Optional.of(new Shortage(consistency, consistency.getConsistencyLevel(),
                        consistency.getBlockFor(), consistency.getReceived(), "answered"));
            }
            if (current instanceof AllNodesFailedException allFailed) {
                allFailed.getAllErrors().values().forEach(pending::addAll);
            }
            if (current.getCause() != null) {
                pending.add(current.getCause());
            }
            pending.addAll(List.of(current.getSuppressed()));
        }
        return Optional.empty();
    }

    /** The server's error, with what the request needed and got. */
    public record Shortage(CoordinatorException error, ConsistencyLevel level, int required,
                                                int got, String how) {
    }

    /** The session's nodes, as its metadata sees them. */
    public static List<NodeView> nodes(CqlSession session) {
        return session.getMetadata().getNodes().values().stream()
                .map(node -> new NodeView(address(node), node.getDatacenter(), node.getState()))
                .toList();
    }

    /**
     * The error as exit code 3 naming the datacenters whose nodes are down, when too few replicas answered; any other
     * error as it is.
     *
     * @param nodes the session's nodes, from {@link #nodes(CqlSession)}; empty when there is no session
     * @param localDatacenter the driver's local datacenter, or null when unknown
     */
    public static RuntimeException translate(RuntimeException error, List<NodeView> nodes, String localDatacenter) {
        if (error instanceof Translated) {
            return error;
        }
        Optional<Shortage> found = find(error);
        if (found.isEmpty()) {
            return error;
        }
        Shortage shortage = found.get();
        String message = "Too few replicas for consistency level " + shortage.level() + ": " + shortage.required()
                + " required but only " + shortage.got() + " " + shortage.how() + "." + down(nodes, localDatacenter);
        if (error instanceof CqlShiftException && !(error instanceof CassandraUnavailableException)) {
            message += System.lineSeparator() + "  It stopped: " + error.getMessage();
        }
        return new Translated(message, suggestion(shortage.level(), nodes, localDatacenter), error);
    }

    /** An error this class made, which it leaves as it is when it meets it again. */
    private static final class Translated extends CassandraUnavailableException {
        Translated(String message, String suggestion, Throwable cause) {
            super(message, suggestion, cause);
        }
    }

    /** Which datacenters have nodes down, or (for the nodes the driver does not watch) might. */
    private static String down(List<NodeView> nodes, String localDatacenter) {
        Map<String, List<String>> down = byDatacenter(nodes, Set.of(NodeState.DOWN, NodeState.FORCED_DOWN));
        StringBuilder text = new StringBuilder();
        if (!down.isEmpty()) {
            text.append(" Nodes down: ").append(down.entrySet().stream()
                    .map(entry -> "datacenter " + entry.getKey() + " (" + String.join(", ", entry.getValue()) + ")")
                    .collect(Collectors.joining("; "))).append('.');
        }
        Map<String, List<String>> unwatched = byDatacenter(nodes, Set.of(NodeState.UNKNOWN));
        unwatched.keySet().removeAll(down.keySet());
        if (!unwatched.isEmpty()) {
            text.append(" The driver keeps no connection to datacenter ").append(String.join(", ", unwatched.keySet()))
                    .append(" (its local datacenter is ").append(localDatacenter == null ? "another" : localDatacenter)
                    .append("), so it cannot see whether those nodes are up; the replicas missing are likely there: ")
                    .append(unwatched.entrySet().stream().map(entry -> entry.getKey() + " has "
                            + String.join(", ", entry.getValue())).collect(Collectors.joining("; "))).append('.');
        }
        if (nodes.isEmpty()) {
            text.append(" Run nodetool status to see which nodes are down.");
        }
        return text.toString();
    }

    private static Map<String, List<String>> byDatacenter(List<NodeView> nodes, Set<NodeState> states) {
        return nodes.stream().filter(node -> states.contains(node.state()))
                .collect(Collectors.groupingBy(node -> node.datacenter() == null ? "unknown" : node.datacenter(),
                        TreeMap::new, Collectors.mapping(NodeView::address, Collectors.toList())));
    }

    private static String suggestion(ConsistencyLevel level, List<NodeView> nodes, String localDatacenter) {
        Set<String> datacenters = nodes.stream().map(NodeView::datacenter).filter(dc -> dc != null)
                .collect(Collectors.toCollection(TreeSet::new));
        String bringBack = "Bring the nodes that are down back up and run the command again";
        if (level == DefaultConsistencyLevel.LOCAL_QUORUM || level == DefaultConsistencyLevel.LOCAL_SERIAL
                || level == DefaultConsistencyLevel.LOCAL_ONE || datacenters.size() < 2) {
            return bringBack + ", or lower " + spellings(Setting.CONSISTENCY) + " (and "
                    + spellings(Setting.SERIAL_CONSISTENCY) + " for the migration lock).";
        }
        String local = localDatacenter == null ? "the local datacenter" : "datacenter " + localDatacenter;
        return bringBack + ". To go on while another datacenter is away, set " + spellings(Setting.CONSISTENCY)
                + " to " + DefaultConsistencyLevel.LOCAL_QUORUM + " and " + spellings(Setting.SERIAL_CONSISTENCY)
                + " to " + DefaultConsistencyLevel.LOCAL_SERIAL + ", so that only " + local + " must answer;"
                + " then run migrations from that one datacenter only (" + DefaultConsistencyLevel.LOCAL_SERIAL
                + " orders migration lock takers within a datacenter, not across them).";
    }

    /** Every spelling of a setting: {@code --consistency (CASSANDRA_CONSISTENCY, cassandra.consistency, ...)}. */
    private static String spellings(Setting setting) {
        return setting.flag() + " (" + setting.environmentVariable() + ", " + setting.property() + ", "
                + setting.springProperty() + ")";
    }

    private static String address(Node node) {
        return node.getBroadcastRpcAddress().map(socket -> socket.getHostString() + ":" + socket.getPort())
                .orElseGet(() -> String.valueOf(node.getEndPoint()));
    }
}
