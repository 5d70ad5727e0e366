package org.cqlshift.embedded.junit;

import static org.assertj.core.api.Assertions.assertThat;

import org.cqlshift.embedded.EmbeddedCassandra;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Another test class of the same run: it is given the node the other classes use, not a new one. */
@ExtendWith(CassandraExtension.class)
class SecondTestClassTest {

    @Test
    void sharesTheNodeOfTheRun(EmbeddedCassandra node) {
        assertThat(node.isRunning()).isTrue();
        NodesSeen.record(node);
    }
}
