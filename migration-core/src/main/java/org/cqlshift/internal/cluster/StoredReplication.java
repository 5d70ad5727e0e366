package org.cqlshift.internal.cluster;

import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A keyspace's replication as the cluster stores it, read from the map of {@code system_schema.keyspaces}:
 * {@code class} and {@code replication_factor} for SimpleStrategy, {@code class} and a factor per datacenter
 * otherwise, factors of 0 and transient ones ({@code 3/1}) included. The one place that map is read for its
 * factors; {@link org.cqlshift.api.config.Replication} is the replication a configuration asks for.
 *
 * @param strategy the class, as stored
 * @param clusterFactor SimpleStrategy's factor across the cluster; 0 for other strategies
 * @param datacenterFactors the factor of each datacenter the replication names, by name; empty for SimpleStrategy
 */
public record StoredReplication(String strategy, int clusterFactor, SortedMap<String, Integer> datacenterFactors) {

    private static final String CLASS = "class";
    private static final String REPLICATION_FACTOR = "replication_factor";

    public StoredReplication {
        datacenterFactors = Collections.unmodifiableSortedMap(new TreeMap<>(datacenterFactors));
    }

    public static StoredReplication of(Map<String, String> stored) {
        String strategy = stored.getOrDefault(CLASS, "");
        SortedMap<String, Integer> datacenters = new TreeMap<>();
        if (isSimple(strategy)) {
            return new StoredReplication(strategy, factor(stored.get(REPLICATION_FACTOR)), datacenters);
        }
        stored.forEach((key, value) -> {
            if (!key.equals(CLASS) && !key.equals(REPLICATION_FACTOR)) {
                datacenters.put(key, factor(value));
            }
        });
        return new StoredReplication(strategy, 0, datacenters);
    }

    /** Whether one factor holds for the whole cluster, whatever its datacenters. */
    public boolean simple() {
        return isSimple(strategy);
    }

    /** The datacenters NetworkTopologyStrategy places replicas in (a factor above 0); none for other strategies. */
    public Set<String> replicatedIn() {
        if (!strategy.endsWith("NetworkTopologyStrategy")) {
            return Set.of();
        }
        return datacenterFactors.entrySet().stream().filter(entry -> entry.getValue() > 0).map(Map.Entry::getKey)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static boolean isSimple(String strategy) {
        return strategy.endsWith("SimpleStrategy");
    }

    private static int factor(String text) {
        if (text == null) {
            return 0;
        }
        // Transient replication writes 3/1: the full replicas are the first figure.
        return Integer.parseInt(text.trim().split("/")[0].trim());
    }
}
