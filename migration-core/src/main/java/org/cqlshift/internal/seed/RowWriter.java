package org.cqlshift.internal.seed;

import com.datastax.oss.driver.api.core.AllNodesFailedException;
import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.DriverTimeoutException;
import com.datastax.oss.driver.api.core.NoNodeAvailableException;
import com.datastax.oss.driver.api.core.cql.AsyncResultSet;
import com.datastax.oss.driver.api.core.cql.Statement;
import com.datastax.oss.driver.api.core.servererrors.OverloadedException;
import com.datastax.oss.driver.api.core.servererrors.UnavailableException;
import com.datastax.oss.driver.api.core.servererrors.WriteTimeoutException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.cqlshift.internal.retry.Backoff;

/**
 * Sends statements asynchronously with a bounded number, and bounded bytes, in flight: memory stays flat
 * however large the rows. A statement that times out or finds the cluster overloaded is tried again after
 * a pause, if it is idempotent, and no new statement is sent before that pause ends, so that retries do
 * not queue behind a full window on a struggling cluster. The first failure that remains stops the sending.
 */
final class RowWriter {

    /**
     * Tries per statement. The pauses between them double from 0.2 s to at most 5 s, about 26 s in all, so
     * that writes ride out a replica's restart on a busy cluster.
     */
    private static final int ATTEMPTS = 10;
    private static final Backoff BACKOFF = Backoff.doubling(Duration.ofMillis(200), Duration.ofSeconds(5));
    /** Bytes of rows in flight at most, in KiB; a statement larger than that goes alone. */
    private static final int MAX_KIB_IN_FLIGHT = 16 * 1024;

    private final CqlSession session;
    private final int concurrency;
    private final Semaphore inFlight;
    private final Semaphore kibInFlight = new Semaphore(MAX_KIB_IN_FLIGHT);
    private final AtomicLong rowsWritten = new AtomicLong();
    private final AtomicLong rowsNotApplied = new AtomicLong();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private final AtomicLong pausedUntilNanos = new AtomicLong(System.nanoTime());

    RowWriter(CqlSession session, int concurrency) {
        this.session = session;
        this.concurrency = concurrency;
        this.inFlight = new Semaphore(concurrency);
    }

    /**
     * Sends one statement carrying {@code rows} rows of about {@code bytes} bytes; blocks while the window is
     * full. Returns false once a write has failed for good, so the caller stops.
     */
    boolean send(Statement<?> statement, int rows, int bytes) throws InterruptedException {
        if (failure.get() != null) {
            return false;
        }
        long paused = pausedUntilNanos.get() - System.nanoTime();
        if (paused > 0) {
            TimeUnit.NANOSECONDS.sleep(paused);
        }
        int kib = Math.min(MAX_KIB_IN_FLIGHT, Math.max(1, (bytes + 1023) / 1024));
        kibInFlight.acquire(kib);
        inFlight.acquire();
        execute(statement, 1).whenComplete((result, error) -> {
            if (error != null) {
                failure.compareAndSet(null, error instanceof CompletionException ? error.getCause() : error);
            } else {
                rowsWritten.addAndGet(rows);
                if (!result.wasApplied()) {
                    rowsNotApplied.addAndGet(rows);
                }
            }
            inFlight.release();
            kibInFlight.release(kib);
        });
        return failure.get() == null;
    }

    private CompletionStage<AsyncResultSet> execute(Statement<?> statement, int attempt) {
        return session.executeAsync(statement).handle((result, error) -> {
            if (error == null) {
                return CompletableFuture.completedFuture(result);
            }
            Throwable cause = error instanceof CompletionException ? error.getCause() : error;
            if (attempt < ATTEMPTS && Boolean.TRUE.equals(statement.isIdempotent()) && isTransient(cause)) {
                long pause = BACKOFF.pause(attempt).toMillis();
                long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(pause);
                pausedUntilNanos.accumulateAndGet(until, (current, next) -> next - current > 0 ? next : current);
                Executor later = CompletableFuture.delayedExecutor(pause, TimeUnit.MILLISECONDS);
                return CompletableFuture.supplyAsync(() -> null, later)
                        .thenCompose(ignored -> execute(statement, attempt + 1));
            }
            return CompletableFuture.<AsyncResultSet>failedFuture(cause);
        }).thenCompose(stage -> stage);
    }

    private static boolean isTransient(Throwable error) {
        return error instanceof DriverTimeoutException || error instanceof WriteTimeoutException
                || error instanceof OverloadedException || error instanceof UnavailableException
                || error instanceof NoNodeAvailableException || error instanceof AllNodesFailedException;
    }

    /** Waits until every statement sent has completed. */
    void awaitAll() throws InterruptedException {
        inFlight.acquire(concurrency);
        inFlight.release(concurrency);
        kibInFlight.acquire(MAX_KIB_IN_FLIGHT);
        kibInFlight.release(MAX_KIB_IN_FLIGHT);
    }

    /** The failure that stopped the writing, if any. */
    Throwable failure() {
        return failure.get();
    }

    /** Rows Cassandra acknowledged. */
    long rowsWritten() {
        return rowsWritten.get();
    }

    /** Rows of conditional inserts that found their row already there. */
    long rowsNotApplied() {
        return rowsNotApplied.get();
    }
}
