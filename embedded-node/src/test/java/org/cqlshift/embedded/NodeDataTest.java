package org.cqlshift.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The data an earlier run left in the storage directory that every version shared. */
class NodeDataTest {

    @TempDir
    Path directory;

    private void sharedDataOf(String... versions) throws IOException {
        for (String entry : CassandraYaml.STORAGE_DIRECTORIES.values()) {
            Files.createDirectories(directory.resolve("data").resolve(entry));
        }
        Files.writeString(directory.resolve("data/data/marker"), "written by " + String.join(", ", versions));
        Files.writeString(directory.resolve("storage-port.txt"), "7012");
        for (String version : versions) {
            Files.writeString(directory.resolve("classpath-" + version + ".txt"), "/repo/cassandra-all.jar\n");
        }
    }

    @Test
    void dataOfTheOneVersionThatRanThereMovesToItsReleaseLine() throws IOException {
        sharedDataOf("6.0-alpha2");

        NodeData.prepare(new NodeLayout(directory, "5.0"));

        assertThat(directory.resolve("data/6.0-alpha2/data/marker")).hasContent("written by 6.0-alpha2");
        assertThat(directory.resolve("data/6.0-alpha2/storage-port.txt")).hasContent("7012");
        for (String entry : CassandraYaml.STORAGE_DIRECTORIES.values()) {
            assertThat(directory.resolve("data").resolve(entry)).doesNotExist();
        }
        assertThat(directory.resolve("storage-port.txt")).doesNotExist();
        assertThat(directory.resolve("data/5.0")).isEmptyDirectory();
    }

    @Test
    void dataOfSeveralVersionsIsLeftAloneAndNoVersionStartsOnIt() throws IOException {
        sharedDataOf("5.0.9", "6.0-alpha2");

        NodeData.prepare(new NodeLayout(directory, "5.0"));

        assertThat(directory.resolve("data/data/marker")).hasContent("written by 5.0.9, 6.0-alpha2");
        assertThat(directory.resolve("data/5.0")).isEmptyDirectory();
        assertThat(directory.resolve("data/6.0-alpha2")).doesNotExist();
    }
}
