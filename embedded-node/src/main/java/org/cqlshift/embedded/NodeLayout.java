package org.cqlshift.embedded;

import java.nio.file.Path;

/**
 * Where a node keeps its files: everything lives under one directory, and the data of each Cassandra release line
 * in a directory of its own there, so that a node never starts on the data of another version.
 */
final class NodeLayout {

    private static final String DATA = "data";
    private static final String STORAGE_PORT = "storage-port.txt";
    private static final String CLASSPATH_PREFIX = "classpath-";
    private static final String CLASSPATH_SUFFIX = ".txt";

    private final Path directory;
    private final String dataLine;

    /** @param dataLine the release line whose data this layout holds ({@link CassandraVersion#dataLine()}) */
    NodeLayout(Path directory, String dataLine) {
        this.directory = directory.toAbsolutePath().normalize();
        this.dataLine = dataLine;
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

    /** The system property naming the file, as a URL, that {@code GossipingPropertyFileSnitch} reads. */
    static final String RACKDC_PROPERTIES = "cassandra-rackdc.properties";

    /** The node's datacenter and rack, for {@code GossipingPropertyFileSnitch}. */
    Path rackdcProperties() {
        return configDirectory().resolve(RACKDC_PROPERTIES);
    }

    Path logbackXml() {
        return configDirectory().resolve("logback.xml");
    }

    /** Cassandra's storage directory for this layout's release line: data, commit log, hints, saved caches, CDC. */
    Path storageDirectory() {
        return storageDirectory(dataLine);
    }

    /** The storage directory of a release line. */
    Path storageDirectory(String line) {
        return directory.resolve(DATA).resolve(line);
    }

    /**
     * The storage directory every version shared before each release line had its own: the parent of the
     * per-line directories now.
     */
    Path sharedStorageDirectory() {
        return directory.resolve(DATA);
    }

    /** The storage port of a node whose cluster metadata records it (Cassandra 6), kept across restarts. */
    Path storagePortFile() {
        return storageDirectory().resolve(STORAGE_PORT);
    }

    /** Where the storage port was kept while every version shared one storage directory. */
    Path sharedStoragePortFile() {
        return directory.resolve(STORAGE_PORT);
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

    Path pidFile() {
        return directory.resolve("cassandra.pid");
    }

    /** The cached classpath of one cassandra-all version; written at every start of that version here. */
    Path classpathFile(String version) {
        return directory.resolve(CLASSPATH_PREFIX + version.replaceAll("[^A-Za-z0-9._-]", "_") + CLASSPATH_SUFFIX);
    }

    /** The version a file of {@link #classpathFile(String)} is named after, or null for any other file. */
    static String classpathVersion(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith(CLASSPATH_PREFIX) && name.endsWith(CLASSPATH_SUFFIX)
                ? name.substring(CLASSPATH_PREFIX.length(), name.length() - CLASSPATH_SUFFIX.length()) : null;
    }
}
