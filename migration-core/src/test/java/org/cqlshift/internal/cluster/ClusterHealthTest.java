package org.cqlshift.internal.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.DefaultConsistencyLevel;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.cqlshift.api.config.Setting;
import org.cqlshift.api.migration.ClusterCheck;
import org.cqlshift.internal.cluster.ClusterHealth.Decision;
import org.cqlshift.internal.cluster.ClusterHealth.Outcome;
import org.junit.jupiter.api.Test;

/** The gate's decision over node states, as the nodes of a real cluster would report them. */
class ClusterHealthTest {

    private static final UUID SCHEMA = UUID.fromString("11111111-2222-3333-4444-555555555555");
    private static final UUID OTHER_SCHEMA = UUID.fromString("99999999-2222-3333-4444-555555555555");
    private static final Map<String, String> TWO_DATACENTERS = Map.of(
            "class", "org.apache.cassandra.locator.NetworkTopologyStrategy", "dc1", "3", "dc2", "3");

    private static ClusterNode up(String address, String dc) {
        return new ClusterNode(address, dc, true, Optional.empty(), Optional.of(SCHEMA));
    }

    private static ClusterNode down(String address, String dc) {
        return new ClusterNode(address, dc, false, Optional.empty(), Optional.of(SCHEMA));
    }

    private static ClusterNode changing(String address, String dc, String change) {
        return new ClusterNode(address, dc, true, Optional.of(change), Optional.of(SCHEMA));
    }

    private static ClusterHealth health(ClusterCheck check, Map<String, String> replication,
                                        DefaultConsistencyLevel consistency, DefaultConsistencyLevel serial) {
        return new ClusterHealth(check, "app", replication, List.of(
                new ClusterHealth.Requirement(Setting.CONSISTENCY, consistency),
                new ClusterHealth.Requirement(Setting.SERIAL_CONSISTENCY, serial)), "dc1");
    }

    private static ClusterHealth normal(DefaultConsistencyLevel consistency, DefaultConsistencyLevel serial) {
        return health(ClusterCheck.NORMAL, TWO_DATACENTERS, consistency, serial);
    }

    private static List<ClusterNode> sixNodes(ClusterNode... replacing) {
        List<ClusterNode> nodes = new java.util.ArrayList<>(List.of(up("10.0.1.1:9042", "dc1"),
                up("10.0.1.2:9042", "dc1"), up("10.0.1.3:9042", "dc1"), up("10.0.2.1:9042", "dc2"),
                up("10.0.2.2:9042", "dc2"), up("10.0.2.3:9042", "dc2")));
        for (ClusterNode node : replacing) {
            nodes.replaceAll(existing -> existing.address().equals(node.address()) ? node : existing);
        }
        return nodes;
    }

    @Test
    void everyNodeUpOnOneSchemaPasses() {
        Decision decision = normal(DefaultConsistencyLevel.QUORUM, DefaultConsistencyLevel.SERIAL).decide(sixNodes());

        assertThat(decision.outcome()).isEqualTo(Outcome.PASS);
        assertThat(decision.warnings()).isEmpty();
    }

    @Test
    void aNodeJoiningLeavingOrMovingIsWaitedForAndNamed() {
        for (String change : List.of("joining", "leaving", "moving")) {
            Decision decision = normal(DefaultConsistencyLevel.QUORUM, DefaultConsistencyLevel.SERIAL)
                    .decide(sixNodes(changing("10.0.2.3:9042", "dc2", change)));

            assertThat(decision.outcome()).isEqualTo(Outcome.WAIT);
            assertThat(decision.problem()).isEqualTo("Nodes are changing the ring: datacenter dc2: 10.0.2.3:9042 "
                    + change + ".");
        }
    }

    @Test
    void strictWaitsForAJoiningNodeToo() {
        Decision decision = health(ClusterCheck.STRICT, TWO_DATACENTERS, DefaultConsistencyLevel.ONE,
                DefaultConsistencyLevel.SERIAL).decide(sixNodes(changing("10.0.1.1:9042", "dc1", "joining")));

        assertThat(decision.outcome()).isEqualTo(Outcome.WAIT);
    }

    @Test
    void differentSchemaVersionsAmongTheNodesUpAreWaitedForAndEachNodeNamed() {
        ClusterNode behind = new ClusterNode("10.0.2.2:9042", "dc2", true, Optional.empty(), Optional.of(OTHER_SCHEMA));
        Decision decision = normal(DefaultConsistencyLevel.QUORUM, DefaultConsistencyLevel.SERIAL)
                .decide(sixNodes(behind));

        assertThat(decision.outcome()).isEqualTo(Outcome.WAIT);
        assertThat(decision.problem()).startsWith("The nodes that are up disagree on the schema: datacenter dc1:"
                        + " 10.0.1.1:9042 at " + SCHEMA)
                .contains("datacenter dc2: 10.0.2.1:9042 at " + SCHEMA + ", 10.0.2.2:9042 at " + OTHER_SCHEMA);
    }

    @Test
    void aDownNodeOnAnOldSchemaDoesNotCountAsDisagreeing() {
        ClusterNode stale = new ClusterNode("10.0.2.2:9042", "dc2", false, Optional.empty(), Optional.of(OTHER_SCHEMA));
        Decision decision = normal(DefaultConsistencyLevel.QUORUM, DefaultConsistencyLevel.SERIAL)
                .decide(sixNodes(stale));

        assertThat(decision.outcome()).isEqualTo(Outcome.PASS);
        assertThat(decision.warnings()).containsExactly("Node 10.0.2.2:9042 (dc2) is down; migrating without it, as"
                + " QUORUM and SERIAL can be met for keyspace app with the nodes that are up. It receives the schema"
                + " changes when it is back.");
    }

    @Test
    void aWholeDatacenterDownIsAllowedAtLocalLevelsAndEachNodeWarnedAbout() {
        Decision decision = normal(DefaultConsistencyLevel.LOCAL_QUORUM, DefaultConsistencyLevel.LOCAL_SERIAL).decide(
                sixNodes(down("10.0.2.1:9042", "dc2"), down("10.0.2.2:9042", "dc2"), down("10.0.2.3:9042", "dc2")));

        assertThat(decision.outcome()).isEqualTo(Outcome.PASS);
        assertThat(decision.warnings()).hasSize(3).allSatisfy(warning -> assertThat(warning).contains("(dc2) is down"));
    }

    @Test
    void aWholeDatacenterDownRefusesQuorumNamingTheDatacenterAndTheSetting() {
        Decision decision = normal(DefaultConsistencyLevel.QUORUM, DefaultConsistencyLevel.LOCAL_SERIAL).decide(
                sixNodes(down("10.0.2.1:9042", "dc2"), down("10.0.2.2:9042", "dc2"), down("10.0.2.3:9042", "dc2"),
                        down("10.0.1.3:9042", "dc1")));

        assertThat(decision.outcome()).isEqualTo(Outcome.UNAVAILABLE);
        assertThat(decision.problem()).isEqualTo("Too few replicas are up: consistency QUORUM (--consistency) cannot be"
                + " met for keyspace app: it needs 4 replicas of each partition to answer, and only 2 can: datacenter"
                + " dc1 has 2 of its 3 replicas up (down: 10.0.1.3:9042); datacenter dc2 has 0 of its 3 replicas up"
                + " (down: 10.0.2.1:9042, 10.0.2.2:9042, 10.0.2.3:9042).");
    }

    @Test
    void theLocalSerialLevelIsCheckedInTheLocalDatacenterAndNamesItsSetting() {
        Decision decision = normal(DefaultConsistencyLevel.LOCAL_ONE, DefaultConsistencyLevel.LOCAL_SERIAL).decide(
                sixNodes(down("10.0.1.1:9042", "dc1"), down("10.0.1.2:9042", "dc1")));

        assertThat(decision.outcome()).isEqualTo(Outcome.UNAVAILABLE);
        assertThat(decision.problem()).isEqualTo("Too few replicas are up: consistency LOCAL_SERIAL"
                + " (--serial-consistency) cannot be met for keyspace app: datacenter dc1 has 1 of its 3 replicas up"
                + " (down: 10.0.1.1:9042, 10.0.1.2:9042), and 2 must answer.");
    }

    @Test
    void strictRefusesAnyNodeDownWhateverTheLevels() {
        Decision decision = health(ClusterCheck.STRICT, TWO_DATACENTERS, DefaultConsistencyLevel.ONE,
                DefaultConsistencyLevel.LOCAL_SERIAL).decide(sixNodes(down("10.0.2.3:9042", "dc2")));

        assertThat(decision.outcome()).isEqualTo(Outcome.UNAVAILABLE);
        assertThat(decision.problem()).isEqualTo("Nodes are down, and --cluster-check strict allows none: datacenter"
                + " dc2: 10.0.2.3:9042.");
    }

    @Test
    void simpleStrategyCountsTheWholeClusterAsOneGroup() {
        Map<String, String> simple = Map.of("class", "org.apache.cassandra.locator.SimpleStrategy",
                "replication_factor", "3");
        List<ClusterNode> oneDown = List.of(up("a:9042", "dc1"), up("b:9042", "dc1"), down("c:9042", "dc1"));
        List<ClusterNode> twoDown = List.of(up("a:9042", "dc1"), down("b:9042", "dc1"), down("c:9042", "dc1"));

        assertThat(health(ClusterCheck.NORMAL, simple, DefaultConsistencyLevel.QUORUM, DefaultConsistencyLevel.SERIAL)
                .decide(oneDown).outcome()).isEqualTo(Outcome.PASS);
        assertThat(health(ClusterCheck.NORMAL, simple, DefaultConsistencyLevel.ALL, DefaultConsistencyLevel.SERIAL)
                .decide(oneDown).problem()).contains("consistency ALL (--consistency) cannot be met")
                .contains("the cluster has 2 of its 3 replicas up (down: c:9042), and 3 must answer");
        assertThat(health(ClusterCheck.NORMAL, simple, DefaultConsistencyLevel.ONE, DefaultConsistencyLevel.SERIAL)
                .decide(twoDown).problem()).contains("consistency SERIAL (--serial-consistency)")
                .doesNotContain("consistency ONE");
    }

    @Test
    void aReplicationFactorOfOneLeavesNoReplicaOfTheRangesOfANodeThatIsDown() {
        Map<String, String> single = Map.of("class", "SimpleStrategy", "replication_factor", "1");
        Decision decision = health(ClusterCheck.NORMAL, single, DefaultConsistencyLevel.ONE,
                DefaultConsistencyLevel.SERIAL).decide(List.of(up("a:9042", "dc1"), down("b:9042", "dc1")));

        assertThat(decision.outcome()).isEqualTo(Outcome.UNAVAILABLE);
        assertThat(decision.problem()).contains("consistency ONE").contains("consistency SERIAL");
    }

    @Test
    void gossipStatusesGiveTheRingChanges() {
        assertThat(ClusterView.change("BOOT,-9100200300")).contains("joining");
        assertThat(ClusterView.change("BOOT_REPLACE,127.0.0.3:7000")).contains("joining");
        assertThat(ClusterView.change("LEAVING,123")).contains("leaving");
        assertThat(ClusterView.change("MOVING,123")).contains("moving");
        assertThat(ClusterView.change("NORMAL,-9100200300")).isEmpty();
        assertThat(ClusterView.change("shutdown,true")).isEmpty();
        assertThat(ClusterView.change("")).isEmpty();
    }
}
