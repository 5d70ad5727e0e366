package org.cqlshift.internal.cluster;

import com.datastax.oss.driver.api.core.DefaultConsistencyLevel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cqlshift.api.config.Setting;
import org.cqlshift.api.migration.ClusterCheck;

/**
 * Whether the cluster is fit for schema changes, from what its nodes report: no node joining, leaving or moving,
 * one schema version among the nodes that are up, and (under {@link ClusterCheck#NORMAL}) enough replicas up for
 * the consistency levels, or (under {@link ClusterCheck#STRICT}) no node down. Decides only; reading the nodes and
 * waiting are {@link ClusterHealthGate}'s.
 */
public final class ClusterHealth {

    /** What to do now. */
    public enum Outcome {
        /** Go on; the warnings name the nodes that are down. */
        PASS,
        /** Nodes change the ring or disagree on the schema: wait, and refuse if they still do at the deadline. */
        WAIT,
        /** Too few replicas are up, or (strict) some node is down: refuse at once. */
        UNAVAILABLE
    }

    /**
     * @param problem what is wrong, naming the nodes; empty on {@link Outcome#PASS}
     * @param warnings one per node that is down but allowed
     */
    public record Decision(Outcome outcome, String problem, List<String> warnings) {
    }

    /** A consistency level the run needs and the setting that chose it. */
    public record Requirement(Setting setting, DefaultConsistencyLevel level) {
    }

    private final ClusterCheck check;
    private final String keyspace;
    private final Map<String, String> replication;
    private final List<Requirement> requirements;
    private final String localDatacenter;

    /**
     * @param replication the keyspace's replication as {@code system_schema.keyspaces} stores it
     * @param localDatacenter the datacenter of the LOCAL_ levels
     */
    public ClusterHealth(ClusterCheck check, String keyspace, Map<String, String> replication,
                         List<Requirement> requirements, String localDatacenter) {
        this.check = Objects.requireNonNull(check, "check");
        this.keyspace = keyspace;
        this.replication = Map.copyOf(replication);
        this.requirements = List.copyOf(requirements);
        this.localDatacenter = localDatacenter;
    }

    public Decision decide(List<ClusterNode> nodes) {
        List<ClusterNode> changing = nodes.stream().filter(node -> node.change().isPresent()).toList();
        if (!changing.isEmpty()) {
            return new Decision(Outcome.WAIT, "Nodes are changing the ring: " + byDatacenter(changing,
                    node -> node.address() + " " + node.change().orElseThrow()) + ".", List.of());
        }
        List<ClusterNode> up = nodes.stream().filter(ClusterNode::up).toList();
        if (up.stream().map(ClusterNode::schemaVersion).flatMap(Optional::stream).distinct().count() > 1) {
            return new Decision(Outcome.WAIT, "The nodes that are up disagree on the schema: " + byDatacenter(up,
                    node -> node.address() + " at " + node.schemaVersion().map(UUID::toString).orElse("unknown"))
                    + ".", List.of());
        }
        List<ClusterNode> down = nodes.stream().filter(node -> !node.up()).toList();
        if (down.isEmpty()) {
            return new Decision(Outcome.PASS, "", List.of());
        }
        if (check == ClusterCheck.STRICT) {
            return new Decision(Outcome.UNAVAILABLE, "Nodes are down, and " + Setting.CLUSTER_CHECK.flag() + " "
                    + ClusterCheck.STRICT.label() + " allows none: " + byDatacenter(down, ClusterNode::address) + ".",
                    List.of());
        }
        ReplicaAvailability availability = ReplicaAvailability.of(replication, nodes);
        List<String> shortfalls = new ArrayList<>();
        for (Requirement requirement : requirements) {
            availability.shortfall(requirement.level(), localDatacenter).ifPresent(why -> shortfalls.add(
                    "consistency " + requirement.level() + " (" + requirement.setting().flag() + ") cannot be met for"
                            + " keyspace " + keyspace + ": " + why));
        }
        if (!shortfalls.isEmpty()) {
            return new Decision(Outcome.UNAVAILABLE, "Too few replicas are up: " + String.join("; ", shortfalls) + ".",
                    List.of());
        }
        String levels = requirements.stream().map(requirement -> requirement.level().name()).distinct()
                .collect(Collectors.joining(" and "));
        return new Decision(Outcome.PASS, "", down.stream().map(node -> "Node " + node.name() + " is down; migrating"
                + " without it, as " + levels + " can be met for keyspace " + keyspace + " with the nodes that are up."
                + " It receives the schema changes when it is back.").toList());
    }

    /** {@code datacenter dc1: a, b; datacenter dc2: c}, the datacenters in the nodes' order. */
    public static String byDatacenter(List<ClusterNode> nodes, Function<ClusterNode, String> describe) {
        Map<String, List<String>> grouped = new LinkedHashMap<>();
        nodes.forEach(node -> grouped.computeIfAbsent(node.datacenter(), dc -> new ArrayList<>())
                .add(describe.apply(node)));
        return grouped.entrySet().stream().map(entry -> "datacenter " + entry.getKey() + ": "
                + String.join(", ", entry.getValue())).collect(Collectors.joining("; "));
    }
}
