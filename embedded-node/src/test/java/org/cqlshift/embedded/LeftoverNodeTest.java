package org.cqlshift.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LeftoverNodeTest {

    @Test
    void leavesAProcessThatIsNotAnEmbeddedNodeAloneAndDropsTheStalePidFile(@TempDir Path directory) throws Exception {
        NodeLayout layout = new NodeLayout(directory, "5.0");
        Process stranger = new ProcessBuilder("sleep", "120").start();
        try {
            LeftoverNode.writePid(layout, stranger.pid(), ended().pid());

            LeftoverNode.stopIfRunning(layout);

            assertThat(stranger.isAlive()).isTrue();
            assertThat(layout.pidFile()).doesNotExist();
        } finally {
            stranger.destroyForcibly().waitFor();
        }
    }

    @Test
    void ignoresAPidFileOfAProcessThatHasEnded(@TempDir Path directory) throws Exception {
        NodeLayout layout = new NodeLayout(directory, "5.0");
        LeftoverNode.writePid(layout, ended().pid());

        LeftoverNode.stopIfRunning(layout);

        assertThat(layout.pidFile()).doesNotExist();
    }

    private static Process ended() throws Exception {
        Process ended = new ProcessBuilder("true").start();
        ended.waitFor();
        return ended;
    }

    @Test
    void ignoresAnUnreadablePidFile(@TempDir Path directory) throws Exception {
        NodeLayout layout = new NodeLayout(directory, "5.0");
        Files.writeString(layout.pidFile(), "not a pid");

        LeftoverNode.stopIfRunning(layout);

        assertThat(layout.pidFile()).doesNotExist();
    }
}
