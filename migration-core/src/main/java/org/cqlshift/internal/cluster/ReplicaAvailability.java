package org.cqlshift.internal.cluster;

import com.datastax.oss.driver.api.core.DefaultConsistencyLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;

/**
 * Whether a consistency level can still be met for a keyspace while some nodes are down. Which token ranges a
 * down node holds is not looked at: each datacenter is counted as if its down nodes were all replicas of the same
 * range, the worst case, so that no partition of the keyspace (the history's, the lock's, a seed's) is left short.
 * With SimpleStrategy the whole cluster is one group, whatever the datacenters.
 */
public final class ReplicaAvailability {

    private static final String WHOLE_CLUSTER = "the cluster";

    /** Replicas and nodes of one datacenter (or of the whole cluster under SimpleStrategy). */
    private record Group(String name, int factor, List<ClusterNode> nodes) {
        int replicas() {
            return Math.min(factor, nodes.size());
        }

        List<ClusterNode> down() {
            return nodes.stream().filter(node -> !node.up()).toList();
        }

        /** The replicas of a range that can answer in the worst case. */
        int live() {
            return replicas() - Math.min(down().size(), replicas());
        }
    }

    private final Map<String, Group> groups;
    private final boolean simple;

    private ReplicaAvailability(Map<String, Group> groups, boolean simple) {
        this.groups = groups;
        this.simple = simple;
    }

    /**
     * @param replication the keyspace's replication as {@code system_schema.keyspaces} stores it: {@code class} and
     *     {@code replication_factor}, or {@code class} and a factor per datacenter
     */
    public static ReplicaAvailability of(Map<String, String> replication, List<ClusterNode> nodes) {
        StoredReplication read = StoredReplication.of(replication);
        // Datacenters in name order, so that messages read the same whatever order the map came in.
        Map<String, Group> groups = new TreeMap<>();
        if (read.simple()) {
            groups.put(WHOLE_CLUSTER, new Group(WHOLE_CLUSTER, read.clusterFactor(), nodes));
            return new ReplicaAvailability(groups, true);
        }
        read.datacenterFactors().forEach((datacenter, factor) -> groups.put(datacenter, new Group(datacenter, factor,
                nodes.stream().filter(node -> node.datacenter().equals(datacenter)).toList())));
        return new ReplicaAvailability(groups, false);
    }

    /**
     * Why the level cannot be met with the nodes that are down; empty when it can.
     *
     * @param localDatacenter the datacenter of the LOCAL_ levels
     */
    public Optional<String> shortfall(DefaultConsistencyLevel level, String localDatacenter) {
        return switch (level) {
            case ANY -> Optional.empty();
            case ONE -> overall(1);
            case TWO -> overall(2);
            case THREE -> overall(3);
            case QUORUM, SERIAL -> overall(totalFactor() / 2 + 1);
            case ALL -> perGroup(groups.values().stream().toList(), Group::factor);
            case EACH_QUORUM -> perGroup(groups.values().stream().toList(), group -> group.factor() / 2 + 1);
            case LOCAL_ONE -> perGroup(local(localDatacenter), group -> 1);
            case LOCAL_QUORUM, LOCAL_SERIAL -> perGroup(local(localDatacenter), group -> group.factor() / 2 + 1);
        };
    }

    private int totalFactor() {
        return groups.values().stream().mapToInt(Group::factor).sum();
    }

    private List<Group> local(String localDatacenter) {
        if (simple) {
            return List.copyOf(groups.values());
        }
        Group group = groups.get(localDatacenter);
        return List.of(group != null ? group : new Group(localDatacenter, 0, List.of()));
    }

    private Optional<String> overall(int needed) {
        int live = groups.values().stream().mapToInt(Group::live).sum();
        if (live >= needed) {
            return Optional.empty();
        }
        List<String> reasons = groups.values().stream().filter(group -> group.live() < group.replicas())
                .map(ReplicaAvailability::describe).toList();
        return Optional.of("it needs " + needed + " replica" + (needed == 1 ? "" : "s") + " of each partition to answer,"
                + " and only " + live + " can: " + String.join("; ", reasons));
    }

    private Optional<String> perGroup(List<Group> checked, ToIntFunction<Group> needed) {
        List<String> reasons = new ArrayList<>();
        for (Group group : checked) {
            int wanted = Math.max(1, needed.applyAsInt(group));
            if (group.live() < wanted) {
                reasons.add(describe(group) + ", and " + wanted + " must answer");
            }
        }
        return reasons.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", reasons));
    }

    private static String describe(Group group) {
        String name = group.name().equals(WHOLE_CLUSTER) ? WHOLE_CLUSTER : "datacenter " + group.name();
        if (group.factor() == 0) {
            return name + " holds no replica of the keyspace";
        }
        List<ClusterNode> down = group.down();
        return name + " has " + group.live() + " of its " + group.factor() + " replica" + (group.factor() == 1 ? "" : "s")
                + " up" + (down.isEmpty() ? "" : " (down: " + down.stream().map(ClusterNode::address)
                .collect(Collectors.joining(", ")) + ")");
    }
}
