package org.cqlshift.internal.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class StoredReplicationTest {

    @Test
    void simpleStrategyHasOneFactorForTheClusterAndNamesNoDatacenter() {
        StoredReplication replication = StoredReplication.of(Map.of("class", "org.apache.cassandra.locator.SimpleStrategy",
                "replication_factor", "3"));
        assertThat(replication.simple()).isTrue();
        assertThat(replication.clusterFactor()).isEqualTo(3);
        assertThat(replication.replicatedIn()).isEmpty();
    }

    @Test
    void networkTopologyStrategyPlacesReplicasInTheDatacentersWithAFactorAboveZero() {
        StoredReplication replication = StoredReplication.of(Map.of("class",
                "org.apache.cassandra.locator.NetworkTopologyStrategy", "dc2", "0", "dc1", "3", "dc3", "3/1"));
        assertThat(replication.simple()).isFalse();
        assertThat(replication.datacenterFactors()).containsExactly(Map.entry("dc1", 3), Map.entry("dc2", 0),
                Map.entry("dc3", 3));
        assertThat(replication.replicatedIn()).containsExactly("dc1", "dc3");
    }

    @Test
    void otherStrategiesPlaceNoReplicasByDatacenter() {
        assertThat(StoredReplication.of(Map.of("class", "org.apache.cassandra.locator.LocalStrategy")).replicatedIn())
                .isEmpty();
    }
}
