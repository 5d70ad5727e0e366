package org.cqlmigrate.embedded;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pid file of a node, and the clean-up of a node that a killed run left behind in the same directory.
 * Only a process that is an embedded CassandraDaemon of this very directory is ever stopped.
 */
final class LeftoverNode {

    static final long STOP_TIMEOUT_SECONDS = 30;

    private static final Logger LOG = LoggerFactory.getLogger(LeftoverNode.class);

    private LeftoverNode() {
    }

    static void writePid(NodeLayout layout, long pid) {
        try {
            Files.writeString(layout.pidFile(), Long.toString(pid), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new EmbeddedCassandraException("Cannot write the pid file " + layout.pidFile() + ": " + e.getMessage(), e);
        }
    }

    static void deletePid(NodeLayout layout) {
        try {
            Files.deleteIfExists(layout.pidFile());
        } catch (IOException e) {
            LOG.warn("Cannot delete the pid file {}: {}", layout.pidFile(), e.toString());
        }
    }

    /** Stops the node recorded in the pid file if it still runs, then removes the stale pid file. */
    static void stopIfRunning(NodeLayout layout) {
        Path pidFile = layout.pidFile();
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        Optional<ProcessHandle> process = readPid(pidFile).flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive);
        if (process.isPresent() && isNodeOf(process.get(), layout)) {
            LOG.warn("Stopping Cassandra node pid {} left running in {} by an earlier run", process.get().pid(),
                    layout.directory());
            terminate(process.get());
        }
        deletePid(layout);
    }

    /** Asks the process to shut down cleanly, and kills it if it has not ended after a while. */
    static void terminate(ProcessHandle process) {
        CompletableFuture<ProcessHandle> exit = process.onExit();
        process.destroy();
        try {
            exit.get(STOP_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            LOG.warn("Cassandra node pid {} did not stop within {} s; killing it", process.pid(), STOP_TIMEOUT_SECONDS);
            process.destroyForcibly();
            exit.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        } catch (ExecutionException e) {
            throw new IllegalStateException("Waiting for pid " + process.pid() + " failed", e);
        }
    }

    private static boolean isNodeOf(ProcessHandle process, NodeLayout layout) {
        return arguments(process).map(arguments -> JvmArguments.isNodeOf(arguments, layout)).orElse(false);
    }

    /**
     * The command line of a process. On Linux it is read from /proc, because {@code ProcessHandle.Info} gives
     * no arguments at all for command lines longer than about 4 KB.
     */
    private static Optional<List<String>> arguments(ProcessHandle process) {
        Path cmdline = Path.of("/proc", Long.toString(process.pid()), "cmdline");
        if (Files.isReadable(cmdline)) {
            try {
                return Optional.of(List.of(Files.readString(cmdline, StandardCharsets.UTF_8).split("\0")));
            } catch (IOException e) {
                return Optional.empty();
            }
        }
        return process.info().arguments().map(List::of);
    }

    private static Optional<Long> readPid(Path pidFile) {
        try {
            return Optional.of(Long.parseLong(Files.readString(pidFile, StandardCharsets.UTF_8).trim()));
        } catch (IOException | NumberFormatException e) {
            LOG.warn("Ignoring unreadable pid file {}: {}", pidFile, e.toString());
            return Optional.empty();
        }
    }
}
