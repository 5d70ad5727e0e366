package org.cqlshift.maven;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.cqlshift.api.CqlShift;

/**
 * The nodes that {@code cassandra:start} started in this Maven run, by directory, for {@code cassandra:stop}.
 * Static because Maven keeps one plugin class realm for all executions of the same plugin version.
 */
final class StartedNodes {

    private static final Map<String, CqlShift.RunningNodes> NODES = new ConcurrentHashMap<>();

    private StartedNodes() {
    }

    static CqlShift.RunningNodes get(String directory) {
        return NODES.get(directory);
    }

    static void put(String directory, CqlShift.RunningNodes nodes) {
        NODES.put(directory, nodes);
    }

    static CqlShift.RunningNodes remove(String directory) {
        return NODES.remove(directory);
    }
}
