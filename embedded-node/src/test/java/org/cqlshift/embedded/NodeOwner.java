package org.cqlshift.embedded;

import java.nio.file.Path;
import org.cqlshift.embedded.junit.CassandraExtension;

/** A JVM that owns a node and runs until it is ended from outside, as a build or a command would. */
public final class NodeOwner {

    static final String READY_PREFIX = "NODE_PID ";

    private NodeOwner() {
    }

    public static void main(String[] args) throws InterruptedException {
        EmbeddedCassandra node = EmbeddedCassandra.builder().version(args[0]).directory(Path.of(args[1]))
                .startupTimeout(CassandraExtension.STARTUP_TIMEOUT).build();
        System.out.println(READY_PREFIX + node.start().pid());
        System.out.flush();
        Thread.currentThread().join();
    }
}
