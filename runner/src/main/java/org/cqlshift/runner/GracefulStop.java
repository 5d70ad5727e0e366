package org.cqlshift.runner;

import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.cqlshift.api.CqlShiftException;
import org.cqlshift.api.Failure;
import org.cqlshift.api.seed.SeedListener;
import org.cqlshift.api.seed.SeedProgress;
import org.cqlshift.api.seed.SeededFile;

/**
 * What the runner does on SIGTERM (Kubernetes stopping the pod). The JVM runs its shutdown hooks and
 * exits with 143; this hook first lets the running work reach a safe point:
 * <ul>
 *   <li>while a seed file is being written, the file is finished (each file is all or nothing) and no
 *       further file starts;</li>
 *   <li>while verify runs, the current table's round trip and its cleanup finish and no further table starts;</li>
 *   <li>otherwise (connecting, migrating) nothing is awaited: the migration engine's own hook releases the
 *       migration lock, and a script that stopped part-way resumes at its failed statement next time.</li>
 * </ul>
 * The wait is bounded by {@link #GRACE}, below Kubernetes' default termination grace period of 30 s.
 */
final class GracefulStop {

    static final Duration GRACE = Duration.ofSeconds(25);

    /** Work that must not be cut short, and is waited for when the stop is requested. */
    enum Phase { NONE, SEED_FILE, VERIFY_TABLES }

    private static volatile boolean requested;
    private static volatile Phase phase = Phase.NONE;
    private static final CountDownLatch FINISHED = new CountDownLatch(1);

    private GracefulStop() {
    }

    /** Installs the hook for this process; called once, by {@link Runner#main}. */
    static void install(PrintStream err) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            requested = true;
            Phase current = phase;
            if (current == Phase.NONE) {
                return;
            }
            err.println("Stop requested: finishing the current " + (current == Phase.SEED_FILE ? "seed file"
                    : "table's verify round trip") + " first (at most " + GRACE.toSeconds() + " s).");
            try {
                FINISHED.await(GRACE.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "cqlshift-graceful-stop"));
    }

    /** The command has returned; the hook, if running, need not wait any longer. */
    static void finished() {
        FINISHED.countDown();
    }

    static boolean requested() {
        return requested;
    }

    /** Runs the work in a phase that the hook waits for. */
    static <T> T during(Phase work, Supplier<T> action) {
        phase = work;
        try {
            return action.get();
        } finally {
            phase = Phase.NONE;
        }
    }

    /** Fails when a stop was requested, so that a command ends between steps. */
    static void stopIfRequested(Failure failure, String where) {
        if (requested) {
            throw new Stopped(failure, "Stopped on request (SIGTERM) " + where + ".");
        }
    }

    /** Stops a seed run between files: a file in progress is finished, the next one does not start. */
    static SeedListener stoppingBetweenFiles(SeedListener delegate) {
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

    /** The command ended early because the process is being stopped. */
    static final class Stopped extends CqlShiftException {
        Stopped(Failure failure, String message) {
            super(failure, message, "Run the command again; what was completed is recorded and is skipped.", null);
        }
    }
}
