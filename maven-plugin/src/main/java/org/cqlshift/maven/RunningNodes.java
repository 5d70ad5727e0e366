package org.cqlshift.maven;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.cqlshift.embedded.EmbeddedCassandra;

/**
 * The nodes that {@code cassandra:start} started in this Maven run, by directory, for {@code cassandra:stop}.
 * Static because Maven keeps one plugin class realm for all executions of the same plugin version.
 */
final class RunningNodes {

    private static final Map<Path, EmbeddedCassandra> NODES = new ConcurrentHashMap<>();

    private RunningNodes() {
    }

    static EmbeddedCassandra get(Path directory) {
        return NODES.get(directory);
    }

    static void put(EmbeddedCassandra node) {
        NODES.put(node.directory(), node);
    }

    static EmbeddedCassandra remove(Path directory) {
        return NODES.remove(directory);
    }
}
