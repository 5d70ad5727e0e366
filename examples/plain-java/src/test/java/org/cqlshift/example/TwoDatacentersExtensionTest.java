package org.cqlshift.example;

import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.metadata.Node;
import java.util.Map;
import org.cqlshift.junit.CqlShiftTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * With {@code -Dcqlshift.test.topology=dc1:1,dc2:1} the extension runs the test classes on a node in each of two
 * datacenters, and the keyspace has a replica in each: the build's {@code two-datacenters} execution runs this.
 */
@EnabledIfSystemProperty(named = "cqlshift.test.topology", matches = "dc1:1,dc2:1")
@CqlShiftTest(migrations = "migrations", seeds = "seeds")
class TwoDatacentersExtensionTest {

    @Test
    void theKeyspaceIsReplicatedInBothDatacentersAndItsSeedsAreThere(CqlSession session) {
        assertThat(session.getMetadata().getNodes().values()).extracting(Node::getDatacenter)
                .containsExactlyInAnyOrder("dc1", "dc2");
        String keyspace = session.getKeyspace().orElseThrow().asInternal();
        Map<String, String> replication = session.execute("SELECT replication FROM system_schema.keyspaces"
                + " WHERE keyspace_name = ?", keyspace).one().getMap("replication", String.class, String.class);
        assertThat(replication).containsEntry("class", "org.apache.cassandra.locator.NetworkTopologyStrategy")
                .containsEntry("dc1", "1").containsEntry("dc2", "1");
        assertThat(session.execute("SELECT city FROM employee WHERE emp_id = 1").one().getString("city"))
                .isEqualTo("Dubai");
    }
}
