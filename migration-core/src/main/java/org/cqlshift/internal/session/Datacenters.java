package org.cqlshift.internal.session;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import com.datastax.oss.driver.api.core.config.DriverExecutionProfile;
import com.datastax.oss.driver.api.core.loadbalancing.NodeDistance;
import com.datastax.oss.driver.api.core.metadata.Node;
import java.util.Objects;
import java.util.Optional;

/** The datacenter a session works in. */
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
}
