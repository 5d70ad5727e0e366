package org.cqlshift.embedded;

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

    /** Records the node's process and its owner, this JVM: {@code <node pid>} and {@code <owner pid>} on two lines. */
    static void writePid(NodeLayout layout, long nodePid) {
        writePid(layout, nodePid, ProcessHandle.current().pid());
    }

    static void writePid(NodeLayout layout, long nodePid, long ownerPid) {
        try {
            Files.writeString(layout.pidFile(), nodePid + "\n" + ownerPid + "\n", StandardCharsets.UTF_8);
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

    /**
     * Stops the node recorded in the pid file if it still runs and its owner has gone, then removes the stale
     * pid file. A node whose owner still runs is in use: that is an error, and the node is left alone.
     */
    static void stopIfRunning(NodeLayout layout) {
        Path pidFile = layout.pidFile();
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        Optional<List<Long>> pids = readPids(pidFile);
        Optional<ProcessHandle> node = pids.flatMap(p -> ProcessHandle.of(p.get(0))).filter(ProcessHandle::isAlive);
        if (node.isPresent() && isNodeOf(node.get(), layout)) {
            Optional<ProcessHandle> owner = pids.filter(p -> p.size() > 1).flatMap(p -> ProcessHandle.of(p.get(1)))
                    .filter(ProcessHandle::isAlive);
            if (owner.isPresent()) {
                throw new EmbeddedCassandraException("A Cassandra node (pid " + node.get().pid() + ") already runs in "
                        + layout.directory() + " for process " + owner.get().pid()
                        + owner.get().info().command().map(command -> " (" + command + ")").orElse("")
                        + ", which is still running. Stop that run first, or give this node another directory.");
            }
            LOG.warn("Stopping Cassandra node pid {} left running in {} by an earlier run", node.get().pid(),
                    layout.directory());
            terminate(node.get());
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

    private static Optional<List<Long>> readPids(Path pidFile) {
        try {
            List<Long> pids = Files.readAllLines(pidFile, StandardCharsets.UTF_8).stream()
                    .filter(line -> !line.isBlank()).map(line -> Long.parseLong(line.trim())).toList();
            return pids.isEmpty() ? Optional.empty() : Optional.of(pids);
        } catch (IOException | NumberFormatException e) {
            LOG.warn("Ignoring unreadable pid file {}: {}", pidFile, e.toString());
            return Optional.empty();
        }
    }
}
