package org.cqlshift.api;

import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.cqlshift.api.Failure;
import org.cqlshift.api.seed.SeedListener;
import org.cqlshift.api.seed.SeedProgress;
import org.cqlshift.api.seed.SeededFile;

/**
 * What happens when the process is asked to stop (SIGTERM: Kubernetes stopping the pod). The JVM runs its
 * shutdown hooks and exits with 143; the hook of {@link #onShutdown} first lets the running work reach a
 * safe point, and the same rule holds for seed, verify and up:
 * <ul>
 *   <li>while a seed file is being written, the file is finished (each file is all or nothing) and no
 *       further file starts;</li>
 *   <li>while verify runs, the current table's round trip and its cleanup finish and no further table starts;</li>
 *   <li>otherwise (connecting, migrating) nothing is awaited: the migration engine's own hook releases the
 *       migration lock, and a script that stopped part-way resumes at its failed statement next time;</li>
 *   <li>between the steps of up, the next step does not start.</li>
 * </ul>
 * The wait is bounded by {@link #GRACE}, below Kubernetes' default termination grace period of 30 s.
 */
public final class StopRule {

    public static final Duration GRACE = Duration.ofSeconds(25);

    /** Work that must not be cut short, and is waited for when the stop is requested. */
    enum Phase { NONE, SEED_FILE, VERIFY_TABLES }

    private final boolean onShutdown;
    private volatile boolean requested;
    private volatile Phase phase = Phase.NONE;
    private final CountDownLatch finished = new CountDownLatch(1);

    private StopRule(boolean onShutdown) {
        this.onShutdown = onShutdown;
    }

    /** A rule that is never asked to stop, for callers that handle shutdown themselves. */
    public static StopRule never() {
        return new StopRule(false);
    }

    /**
     * A rule asked to stop when the JVM shuts down: installs a shutdown hook, so call it once per process.
     *
     * @param notices where the hook says what it waits for
     */
    public static StopRule onShutdown(PrintStream notices) {
        StopRule rule = new StopRule(true);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> rule.stopRequested(notices), "cqlshift-graceful-stop"));
        return rule;
    }

    private void stopRequested(PrintStream notices) {
        requested = true;
        Phase current = phase;
        if (current == Phase.NONE) {
            return;
        }
        notices.println("Stop requested: finishing the current " + (current == Phase.SEED_FILE ? "seed file"
                : "table's verify round trip") + " first (at most " + GRACE.toSeconds() + " s).");
        try {
            finished.await(GRACE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The work has returned; the hook, if running, need not wait any longer. */
    public void finished() {
        finished.countDown();
    }

    public boolean requested() {
        return requested;
    }

    /** Whether the process's shutdown asks this rule to stop, so that a migration releases its lock then. */
    boolean followsShutdown() {
        return onShutdown;
    }

    /** Runs the work in a phase that the hook waits for. */
    <T> T during(Phase work, Supplier<T> action) {
        phase = work;
        try {
            return action.get();
        } finally {
            phase = Phase.NONE;
        }
    }

    /** Fails when a stop was requested, so that the work ends between steps. */
    void stopIfRequested(Failure failure, String where) {
        if (requested) {
            throw new StoppedException(failure, "Stopped on request (SIGTERM) " + where + ".");
        }
    }

    /** Stops a seed run between files: a file in progress is finished, the next one does not start. */
    SeedListener stoppingBetweenFiles(SeedListener delegate) {
        return new SeedListener() {
            @Override
            public void fileStarted(String file) {
                stopIfRequested(Failure.SEED, "before seed file " + file
                        + "; the files before it are completely loaded");
                delegate.fileStarted(file);
            }

            @Override
            public void progress(SeedProgress progress) {
                delegate.progress(progress);
            }

            @Override
            public void fileFinished(SeededFile file) {
                delegate.fileFinished(file);
            }
        };
    }
}
