package org.cqlshift.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.datastax.oss.driver.api.core.CqlSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.cqlshift.embedded.junit.CassandraExtension;
import org.junit.jupiter.api.Test;

/** A node's life when the JVM that owns it ends: cleanly, or killed so that nothing of it can run. */
class OwnerExitTest {

    private static final String VERSION = System.getProperty("cassandra.embeddedVersion", CassandraArtifact.DEFAULT_VERSION);
    /** The owner's own limit for its node's start, and a minute for the owner JVM: a wait past it is a failure. */
    private static final Duration NODE_START_LIMIT = CassandraExtension.STARTUP_TIMEOUT.plusMinutes(1);

    @Test
    void aCleanExitOfTheOwnerStopsItsNode() throws Exception {
        Path directory = Path.of("target", "embedded-owner-exit").toAbsolutePath();
        Process owner = startOwner(directory);
        try {
            long nodePid = awaitNodePid(owner, directory);

            owner.destroy();

            assertThat(owner.waitFor(3, TimeUnit.MINUTES)).as("the owner JVM ended").isTrue();
            awaitExit(nodePid);
            assertThat(directory.resolve("cassandra.pid")).doesNotExist();
        } finally {
            owner.destroyForcibly().waitFor();
        }
    }

    @Test
    void aNodeIsLeftAloneWhileItsOwnerRunsAndReplacedOnceTheOwnerWasKilled() throws Exception {
        Path directory = Path.of("target", "embedded-takeover").toAbsolutePath();
        Process owner = startOwner(directory);
        EmbeddedCassandra next = EmbeddedCassandra.builder().version(VERSION).directory(directory)
                .startupTimeout(CassandraExtension.STARTUP_TIMEOUT).build();
        Optional<ProcessHandle> leftover = Optional.empty();
        try {
            long leftoverPid = awaitNodePid(owner, directory);
            leftover = ProcessHandle.of(leftoverPid);

            assertThatThrownBy(next::start)
                    .isInstanceOf(EmbeddedCassandraException.class)
                    .hasMessageContaining("A Cassandra node (pid " + leftoverPid + ") already runs in " + directory
                            + " for process " + owner.pid())
                    .hasMessageContaining("Stop that run first, or give this node another directory");
            assertThat(leftover.get().isAlive()).isTrue();

            // SIGKILL: no shutdown hook runs, the node outlives its owner.
            assertThat(owner.destroyForcibly().waitFor(1, TimeUnit.MINUTES)).as("the owner JVM ended").isTrue();
            assertThat(leftover.get().isAlive()).isTrue();

            long nextPid = next.start().pid();

            awaitExit(leftoverPid);
            try (CqlSession session = CqlSession.builder().addContactPoint(next.contactPoint())
                    .withLocalDatacenter(next.localDatacenter()).build()) {
                assertThat(session.execute("SELECT release_version FROM system.local").one().getString(0))
                        .isEqualTo(VERSION);
            }

            next.stop();

            awaitExit(nextPid);
            assertThat(next.isRunning()).isFalse();
            assertThat(directory.resolve("cassandra.pid")).doesNotExist();
            assertThat(FreePorts.isFree(next.contactPoint().getAddress(), next.nativePort())).isTrue();
        } finally {
            next.stop();
            owner.destroyForcibly().waitFor();
            leftover.filter(ProcessHandle::isAlive).ifPresent(ProcessHandle::destroyForcibly);
        }
    }

    private static Process startOwner(Path directory) throws IOException {
        Files.createDirectories(directory);
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), NodeOwner.class.getName(), VERSION, directory.toString())
                .redirectErrorStream(true)
                .redirectOutput(directory.resolve("owner.log").toFile())
                .start();
    }

    /** Waits for the owner to report its node, up to the start limit. */
    private static long awaitNodePid(Process owner, Path directory) throws IOException, InterruptedException {
        Path log = directory.resolve("owner.log");
        Instant deadline = Instant.now().plus(NODE_START_LIMIT);
        while (true) {
            Optional<String> ready = Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                    .filter(line -> line.startsWith(NodeOwner.READY_PREFIX)).findFirst();
            if (ready.isPresent()) {
                return Long.parseLong(ready.get().substring(NodeOwner.READY_PREFIX.length()).trim());
            }
            if (!owner.isAlive()) {
                throw new AssertionError("The owner JVM ended without starting its node:\n"
                        + Files.readString(log, StandardCharsets.UTF_8));
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("The owner reported no node within " + NODE_START_LIMIT + ":\n"
                        + Files.readString(log, StandardCharsets.UTF_8));
            }
            Thread.sleep(200);
        }
    }

    /** Waits, up to a minute, until the process has ended: a stopped process may still be going away. */
    private static void awaitExit(long pid) throws Exception {
        Optional<ProcessHandle> process = ProcessHandle.of(pid);
        if (process.isPresent()) {
            process.get().onExit().get(1, TimeUnit.MINUTES);
        }
        assertThat(ProcessHandle.of(pid).filter(ProcessHandle::isAlive)).as("process %d", pid).isEmpty();
    }
}
