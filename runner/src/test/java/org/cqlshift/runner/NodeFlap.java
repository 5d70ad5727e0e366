package org.cqlshift.runner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.cqlshift.embedded.EmbeddedCassandra;
import org.cqlshift.embedded.EmbeddedCassandraException;

/**
 * A node of the cluster taken away for a while: stopped (and started again at the end), or frozen with SIGSTOP for
 * a while, as in a long GC pause or a stalled VM, and resumed with SIGCONT. {@link #close()} always brings the node
 * back, so a failing soak never leaves a frozen JVM or a missing node behind.
 */
final class NodeFlap implements AutoCloseable {

    enum Kind { STOP, FREEZE }

    private final EmbeddedCassandra node;
    private final Kind kind;
    private Thread freezer;
    private long frozenPid = -1;
    private boolean stopped;
    private boolean ended;

    private NodeFlap(EmbeddedCassandra node, Kind kind) {
        this.node = node;
        this.kind = kind;
    }

    /** Stops the node now; {@link #close()} starts it again. */
    static NodeFlap stop(EmbeddedCassandra node) {
        NodeFlap flap = new NodeFlap(node, Kind.STOP);
        node.stop();
        flap.stopped = true;
        return flap;
    }

    /** Freezes the node after the delay, for the given time, in the background. */
    static NodeFlap freeze(EmbeddedCassandra node, Duration delay, Duration hold) {
        NodeFlap flap = new NodeFlap(node, Kind.FREEZE);
        flap.freezer = new Thread(() -> flap.freezeFor(delay, hold), "freeze-" + node.host());
        flap.freezer.setDaemon(true);
        flap.freezer.start();
        return flap;
    }

    private void freezeFor(Duration delay, Duration hold) {
        try {
            TimeUnit.MILLISECONDS.sleep(delay.toMillis());
            synchronized (this) {
                if (ended) {
                    return;
                }
                frozenPid = node.pid();
                signal("STOP", frozenPid);
            }
            TimeUnit.MILLISECONDS.sleep(hold.toMillis());
        } catch (InterruptedException e) {
            // The flap ends early: close() resumes the node.
        } finally {
            resume();
        }
    }

    private synchronized void resume() {
        if (frozenPid > 0) {
            signal("CONT", frozenPid);
            frozenPid = -1;
        }
    }

    Kind kind() {
        return kind;
    }

    String describe() {
        return kind + " of node " + node.host();
    }

    /**
     * Waits for a freeze to have run its course (it lasts seconds), then makes sure the node is resumed, or starts a
     * stopped node again; does nothing the second time.
     */
    @Override
    public void close() {
        if (freezer != null) {
            try {
                freezer.join(TimeUnit.SECONDS.toMillis(60));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            synchronized (this) {
                ended = true;
            }
            freezer.interrupt();
        }
        resume();
        if (stopped) {
            stopped = false;
            try {
                node.start();
            } catch (EmbeddedCassandraException e) {
                // A loaded machine can miss a start deadline (such as the seed's gossip answer): once more.
                node.start();
            }
        }
    }

    private static void signal(String signal, long pid) {
        boolean interrupted = false;
        try {
            Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).inheritIO().start();
            // Not interruptible: a resume must reach the node even when the soak is being stopped.
            while (true) {
                try {
                    if (kill.waitFor(30, TimeUnit.SECONDS) && kill.exitValue() == 0) {
                        return;
                    }
                    throw new IllegalStateException("kill -" + signal + " " + pid + " failed");
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
