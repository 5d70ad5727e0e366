package org.cqlshift.embedded;

import java.nio.file.Path;

/** Where a node keeps its files: everything lives under one directory. */
final class NodeLayout {

    private final Path directory;

    NodeLayout(Path directory) {
        this.directory = directory.toAbsolutePath().normalize();
    }

    Path directory() {
        return directory;
    }

    Path configDirectory() {
        return directory.resolve("conf");
    }

    /** Cassandra looks for trigger jars here and warns when it does not exist. */
    Path triggersDirectory() {
        return configDirectory().resolve("triggers");
    }

    Path cassandraYaml() {
        return configDirectory().resolve("cassandra.yaml");
    }

    Path logbackXml() {
        return configDirectory().resolve("logback.xml");
    }

    /** Cassandra's storage directory: data, commit log, hints, saved caches, CDC. */
    Path storageDirectory() {
        return directory.resolve("data");
    }

    Path logDirectory() {
        return directory.resolve("logs");
    }

    /** The node's own log, written by the logback configuration we generate. */
    Path systemLog() {
        return logDirectory().resolve("system.log");
    }

    /** Standard output and error of the forked JVM: JVM errors that happen before logging starts. */
    Path outputLog() {
        return logDirectory().resolve("output.log");
    }

    /** The storage port of a node whose cluster metadata records it (Cassandra 6), kept across restarts. */
    Path storagePortFile() {
        return directory.resolve("storage-port.txt");
    }

    Path pidFile() {
        return directory.resolve("cassandra.pid");
    }

    /** The cached classpath of one cassandra-all version. */
    Path classpathFile(String version) {
        return directory.resolve("classpath-" + version.replaceAll("[^A-Za-z0-9._-]", "_") + ".txt");
    }
}
