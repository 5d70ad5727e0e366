package org.cqlshift.embedded;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A node's data directory, one per release line ({@link CassandraVersion#dataLine()}): created before the node
 * starts, taken over from the layout in which every version shared one, and holding the storage port that
 * Cassandra 6 records in its cluster metadata.
 */
final class NodeData {

    private static final Logger LOG = LoggerFactory.getLogger(NodeData.class);

    private NodeData() {
    }

    /** Creates the version's data directory, after moving shared data of earlier runs where it belongs. */
    static void prepare(NodeLayout layout) {
        try {
            takeOverSharedData(layout);
            Files.createDirectories(layout.storageDirectory());
        } catch (IOException e) {
            throw new EmbeddedCassandraException("Cannot prepare the data directory " + layout.storageDirectory()
                    + ": " + e.getMessage() + ". Choose a writable directory.", e);
        }
    }

    /**
     * Data an earlier run left in the storage directory every version shared goes to the directory of the one
     * version that ever ran there, which the classpath files tell. Data of an unknown version, or of several (an
     * upgrade in place happened), is left where it is, unused.
     */
    private static void takeOverSharedData(NodeLayout layout) throws IOException {
        Path shared = layout.sharedStorageDirectory();
        List<Path> entries = CassandraYaml.STORAGE_DIRECTORIES.values().stream().map(shared::resolve).filter(Files::exists).toList();
        if (entries.isEmpty()) {
            return;
        }
        Set<String> versions = versionsStartedIn(layout.directory());
        if (versions.size() != 1) {
            LOG.warn("{} holds data from before each Cassandra version kept its own, written by {}: it is left"
                    + " there, unused. Delete it, or move its {} into {}/<release line, such as 5.0> of the version"
                    + " that wrote it.", shared, versions.isEmpty() ? "an unknown version" : "versions " + versions,
                    CassandraYaml.STORAGE_DIRECTORIES.values(), shared);
            return;
        }
        String version = versions.iterator().next();
        Path target = layout.storageDirectory(CassandraVersion.parse(version).dataLine());
        if (Files.exists(target)) {
            LOG.warn("{} holds data of Cassandra {} from before each version kept its own, and {} exists too: the"
                    + " older data is left there, unused.", shared, version, target);
            return;
        }
        Files.createDirectories(target);
        for (Path entry : entries) {
            Files.move(entry, target.resolve(entry.getFileName()));
        }
        if (Files.exists(layout.sharedStoragePortFile())) {
            Files.move(layout.sharedStoragePortFile(), target.resolve(layout.sharedStoragePortFile().getFileName()));
        }
        LOG.info("Moved the data of Cassandra {} from {} to {}, where its release line keeps its data", version,
                shared, target);
    }

    private static Set<String> versionsStartedIn(Path directory) throws IOException {
        Set<String> versions = new TreeSet<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory)) {
            for (Path file : files) {
                String version = NodeLayout.classpathVersion(file);
                if (version != null) {
                    versions.add(version);
                }
            }
        }
        return versions;
    }

    /** The storage port recorded for this version's data, or 0 when it has none to keep. */
    static int rememberedStoragePort(NodeLayout layout, CassandraVersion version) {
        Path file = layout.storagePortFile();
        if (!version.keepsStoragePort() || !Files.exists(file)) {
            return 0;
        }
        try {
            return Integer.parseInt(Files.readString(file, StandardCharsets.UTF_8).strip());
        } catch (IOException | NumberFormatException e) {
            throw new EmbeddedCassandraException("Cannot read the node's storage port from " + file + ": "
                    + e.getMessage() + ". Delete " + layout.storageDirectory() + " to start this version afresh.", e);
        }
    }

    static void rememberStoragePort(NodeLayout layout, CassandraVersion version, int storagePort) {
        if (!version.keepsStoragePort()) {
            return;
        }
        try {
            Files.writeString(layout.storagePortFile(), Integer.toString(storagePort), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new EmbeddedCassandraException("Cannot write " + layout.storagePortFile() + ": " + e.getMessage(), e);
        }
    }
}
