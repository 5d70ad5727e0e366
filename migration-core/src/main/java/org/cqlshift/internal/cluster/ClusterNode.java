package org.cqlshift.internal.cluster;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One node as a coordinator and the driver see it.
 *
 * @param address the node's address and native port, as the driver names it
 * @param datacenter its datacenter
 * @param up whether it is up: not marked down by the driver, nor shut down in the coordinator's gossip
 * @param change {@code joining}, {@code leaving} or {@code moving} while the node changes the ring; empty otherwise
 * @param schemaVersion the schema version it last announced; empty when unknown
 */
public record ClusterNode(String address, String datacenter, boolean up, Optional<String> change,
                          Optional<UUID> schemaVersion) {

    public ClusterNode {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(datacenter, "datacenter");
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(schemaVersion, "schemaVersion");
    }

    /** {@code 127.0.0.3:9042 (dc2)}. */
    public String name() {
        return address + " (" + datacenter + ")";
    }

    /** {@code 127.0.0.3:9042 (dc2, schema version 5f2c...)}. */
    public String nameWithSchema() {
        return address + " (" + datacenter + ", schema version " + schemaVersion.map(UUID::toString).orElse("unknown")
                + ")";
    }
}
