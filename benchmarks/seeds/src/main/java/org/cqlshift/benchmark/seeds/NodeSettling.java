package org.cqlshift.benchmark.seeds;

import com.sun.tools.attach.VirtualMachine;
import java.time.Duration;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;
import org.cqlshift.embedded.EmbeddedCassandra;

/**
 * Brings the node to rest between two loads: flushes the keyspace's memtables and waits until the node's
 * CPU falls quiet, so that no load pays for the flushes and compactions of the one before it.
 */
final class NodeSettling {

    private static final Duration SAMPLE = Duration.ofSeconds(3);
    private static final Duration LIMIT = Duration.ofMinutes(10);
    /** CPU use of the whole node, in cores, under which it counts as quiet: gossip and timers stay below it. */
    private static final double QUIET_CORES = 0.1;

    private NodeSettling() {
    }

    /** Returns the seconds it took, or -1 where the node's CPU use cannot be read (no /proc). */
    static double settle(EmbeddedCassandra node, String keyspace) throws Exception {
        long started = System.nanoTime();
        if (CpuTime.ofProcess(node.pid()) < 0) {
            return -1;
        }
        flush(node.pid(), keyspace);
        long deadline = started + LIMIT.toNanos();
        double quietSeconds = QUIET_CORES * SAMPLE.toSeconds();
        double before = CpuTime.ofProcess(node.pid());
        while (System.nanoTime() < deadline) {
            Thread.sleep(SAMPLE.toMillis());
            double after = CpuTime.ofProcess(node.pid());
            if (after - before < quietSeconds) {
                break;
            }
            before = after;
        }
        return (System.nanoTime() - started) / 1e9;
    }

    /** nodetool flush, through the node's local management agent. */
    private static void flush(long pid, String keyspace) throws Exception {
        VirtualMachine vm = VirtualMachine.attach(String.valueOf(pid));
        String address;
        try {
            address = vm.startLocalManagementAgent();
        } finally {
            vm.detach();
        }
        try (JMXConnector connector = JMXConnectorFactory.connect(new JMXServiceURL(address))) {
            MBeanServerConnection server = connector.getMBeanServerConnection();
            server.invoke(new ObjectName("org.apache.cassandra.db:type=StorageService"), "forceKeyspaceFlush",
                    new Object[] {keyspace, new String[0]},
                    new String[] {String.class.getName(), String[].class.getName()});
        }
    }
}
