package org.cqlshift.embedded.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.cqlshift.embedded.EmbeddedCassandra;

/** The node processes test classes were given; one test run must see exactly one. */
final class NodesSeen {

    private static final Set<Long> PIDS = ConcurrentHashMap.newKeySet();

    private NodesSeen() {
    }

    static void record(EmbeddedCassandra node) {
        PIDS.add(node.pid());
        assertThat(PIDS).as("node processes seen by the test classes of this run").hasSize(1);
    }
}
