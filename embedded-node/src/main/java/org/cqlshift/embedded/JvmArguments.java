package org.cqlshift.embedded;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The command line of the forked Cassandra JVM. */
final class JvmArguments {

    static final String MAIN_CLASS = "org.apache.cassandra.service.CassandraDaemon";

    /** Marks the process as ours and names its directory, so a leftover node can be recognised safely. */
    static final String DIRECTORY_MARKER = "-Dcqlshift.embedded.dir=";

    private JvmArguments() {
    }

    /**
     * The command; the classpath goes in the {@code CLASSPATH} variable, see {@link #classpath(List)}.
     * {@code jvmArguments} are the version's flags ({@link CassandraVersion#jvmArguments(int)}) and the user's.
     */
    static List<String> command(Path javaExecutable, NodeLayout layout, NodePorts ports, String heap,
                                List<String> jvmArguments) {
        List<String> command = new ArrayList<>();
        command.add(javaExecutable.toString());
        command.add("-Xms" + heap);
        command.add("-Xmx" + heap);
        // A node out of memory is of no use to a test; ending it shows the failure at once.
        command.add("-XX:+ExitOnOutOfMemoryError");
        command.add("-Djava.net.preferIPv4Stack=true");
        command.add(DIRECTORY_MARKER + layout.directory());
        command.add("-Dcassandra.config=" + layout.cassandraYaml().toUri());
        command.add("-Dlogback.configurationFile=" + layout.logbackXml().toUri());
        command.add("-Dcassandra-foreground=yes");
        command.add("-Dcassandra.storagedir=" + layout.storageDirectory());
        command.add("-Dcassandra.logdir=" + layout.logDirectory());
        command.add("-Dcassandra.triggers_dir=" + layout.triggersDirectory());
        command.add("-Dcassandra.jmx.local.port=" + ports.jmxPort());
        // A single node has no ring to wait for: these cut start-up from about 40 s to under 10 s.
        command.add("-Dcassandra.ring_delay_ms=1000");
        command.add("-Dcassandra.skip_wait_for_gossip_to_settle=0");
        command.add("-Dcassandra.auto_bootstrap=false");
        // With an authenticator, the default superuser is created at once instead of after 10 s.
        command.add("-Dcassandra.superuser_setup_delay_ms=0");
        command.addAll(jvmArguments);
        command.add(MAIN_CLASS);
        return command;
    }

    /**
     * The value of the node's {@code CLASSPATH} variable. About a hundred jars would make the command line
     * 10 KB long, too long for {@code ps} and for {@code ProcessHandle.Info} to show.
     */
    static String classpath(List<Path> jars) {
        return jars.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
    }

    /** Whether a process command line is an embedded node that runs in this directory. */
    static boolean isNodeOf(List<String> arguments, NodeLayout layout) {
        return arguments.contains(MAIN_CLASS) && arguments.contains(DIRECTORY_MARKER + layout.directory());
    }
}
