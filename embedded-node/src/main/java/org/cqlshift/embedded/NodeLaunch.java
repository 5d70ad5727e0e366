package org.cqlshift.embedded;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** What a start does to the node's directory and the operating system: its files, then its process. */
final class NodeLaunch {

    private NodeLaunch() {
    }

    /** Creates the node's directories, its version's data directory among them. */
    static void prepareDirectories(NodeLayout layout) {
        try {
            Files.createDirectories(layout.triggersDirectory());
            Files.createDirectories(layout.logDirectory());
        } catch (IOException e) {
            throw new EmbeddedCassandraException("Cannot create the node directory " + layout.directory() + ": "
                    + e.getMessage() + ". Choose a writable directory.", e);
        }
        NodeData.prepare(layout);
    }

    /** Writes cassandra.yaml and logback.xml afresh. */
    static void writeConfiguration(NodeLayout layout, String host, NodePorts ports, Map<String, String> yamlEntries) {
        try {
            Files.writeString(layout.cassandraYaml(), CassandraYaml.render(layout, host, ports, yamlEntries),
                    StandardCharsets.UTF_8);
            Files.writeString(layout.logbackXml(), LogbackXml.render(layout), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new EmbeddedCassandraException("Cannot write the node configuration in " + layout.configDirectory()
                    + ": " + e.getMessage(), e);
        }
    }

    /** Launches the node's JVM, its output going to {@link NodeLayout#outputLog()}. */
    static Process start(Path javaExecutable, NodeLayout layout, NodePorts ports, String heap,
            List<String> jvmArguments, List<Path> jars) {
        ProcessBuilder processBuilder = new ProcessBuilder(
                JvmArguments.command(javaExecutable, layout, ports, heap, jvmArguments))
                .directory(layout.directory().toFile())
                .redirectErrorStream(true)
                .redirectOutput(layout.outputLog().toFile());
        processBuilder.environment().put("CLASSPATH", JvmArguments.classpath(jars));
        try {
            return processBuilder.start();
        } catch (IOException e) {
            throw new EmbeddedCassandraException("Cannot launch " + javaExecutable + " for the Cassandra node in "
                    + layout.directory() + ": " + e.getMessage(), e);
        }
    }
}
