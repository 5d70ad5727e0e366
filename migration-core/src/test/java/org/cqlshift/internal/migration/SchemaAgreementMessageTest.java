package org.cqlshift.internal.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.cqlshift.internal.cluster.ClusterNode;
import org.junit.jupiter.api.Test;

/** What a schema agreement timeout says about the nodes, by datacenter. */
class SchemaAgreementMessageTest {

    private static final UUID NEW = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private static final UUID OLD = UUID.fromString("00000000-0000-0000-0000-000000000009");

    private static ClusterNode node(String address, String dc, boolean up, UUID version) {
        return new ClusterNode(address, dc, up, Optional.empty(), Optional.of(version));
    }

    @Test
    void namesTheNodesOnAnotherVersionAndThoseDownByDatacenter() {
        String message = SchemaAgreement.disagreement(List.of(node("10.0.1.1:9042", "dc1", true, NEW),
                node("10.0.1.2:9042", "dc1", true, NEW), node("10.0.1.3:9042", "dc1", false, OLD),
                node("10.0.2.1:9042", "dc2", true, OLD), node("10.0.2.2:9042", "dc2", true, NEW)));

        assertThat(message).isEqualTo("Not on the schema version most nodes that are up hold (" + NEW + "):"
                + " datacenter dc1: 10.0.1.3:9042 down; datacenter dc2: 10.0.2.1:9042 at " + OLD + ".");
    }

    @Test
    void namesADatacenterWithNoNodeUpAsUnreachable() {
        String message = SchemaAgreement.disagreement(List.of(node("10.0.1.1:9042", "dc1", true, NEW),
                node("10.0.2.1:9042", "dc2", false, OLD), node("10.0.2.2:9042", "dc2", false, OLD)));

        assertThat(message).isEqualTo("Datacenter dc2 is unreachable. Not on the schema version most nodes that are"
                + " up hold (" + NEW + "): datacenter dc2: 10.0.2.1:9042 down, 10.0.2.2:9042 down.");
    }

    @Test
    void saysSoWhenTheNodesAgreeByTheTimeItIsWritten() {
        assertThat(SchemaAgreement.disagreement(List.of(node("10.0.1.1:9042", "dc1", true, NEW))))
                .isEqualTo("Every node now reports schema version " + NEW + ".");
    }
}
