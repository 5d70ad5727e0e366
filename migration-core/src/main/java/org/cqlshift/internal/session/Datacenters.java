package org.cqlshift.internal.session;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import com.datastax.oss.driver.api.core.config.DriverExecutionProfile;
import com.datastax.oss.driver.api.core.loadbalancing.NodeDistance;
import com.datastax.oss.driver.api.core.metadata.Node;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** The datacenters a session and a keyspace span. */
public final class Datacenters {

    private Datacenters() {
    }

    /**
     * The driver's local datacenter: that of the nodes it treats as local, which also holds for a session an
     * application built with {@code withLocalDatacenter}; else the one its configuration names.
     */
    public static Optional<String> local(CqlSession session) {
        Optional<String> used = session.getMetadata().getNodes().values().stream()
                .filter(node -> node.getDistance() == NodeDistance.LOCAL)
                .map(Node::getDatacenter).filter(Objects::nonNull).findFirst();
        if (used.isPresent()) {
            return used;
        }
        DriverExecutionProfile profile = session.getContext().getConfig().getDefaultProfile();
        return Optional.ofNullable(profile.getString(DefaultDriverOption.LOAD_BALANCING_LOCAL_DATACENTER, null));
    }

    /**
     * The datacenters a keyspace's replication, as {@code system_schema.keyspaces} stores it, places replicas in:
     * those NetworkTopologyStrategy names with a factor above 0; none for other strategies.
     */
    public static Set<String> replicatedIn(Map<String, String> replication) {
        if (!String.valueOf(replication.get("class")).endsWith("NetworkTopologyStrategy")) {
            return Set.of();
        }
        return replication.entrySet().stream()
                .filter(entry -> !entry.getKey().equals("class") && !entry.getKey().equals("replication_factor"))
                .filter(entry -> !entry.getValue().trim().startsWith("0"))
                .map(Map.Entry::getKey)
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
