package org.cqlshift.benchmark.seeds;

import com.sun.tools.attach.VirtualMachine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
        Path stat = Path.of("/proc", String.valueOf(node.pid()), "stat");
        if (!Files.isReadable(stat)) {
            return -1;
        }
        flush(node.pid(), keyspace);
        long deadline = started + LIMIT.toNanos();
        long ticksPerSample = (long) (QUIET_CORES * 100 * SAMPLE.toSeconds());
        long before = cpuTicks(stat);
        while (System.nanoTime() < deadline) {
            Thread.sleep(SAMPLE.toMillis());
            long after = cpuTicks(stat);
            if (after - before < ticksPerSample) {
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

    /** User plus system CPU time of the process, in clock ticks (1/100 s on Linux). */
    private static long cpuTicks(Path stat) throws IOException {
        String text = Files.readString(stat);
        String[] fields = text.substring(text.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }
}
