package org.cqlshift.internal.session;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Supplier;
import org.cqlshift.api.CassandraUnavailableException;
import org.cqlshift.api.Reporter;
import org.cqlshift.api.config.Setting;
import org.cqlshift.internal.retry.Backoff;

/**
 * Retries a connection attempt while Cassandra is not reachable yet, as when a pod starts before the
 * database: waits 0.5 s, then twice as long after each failure up to 5 s, until the wait timeout is
 * used up. Only {@link NotReachableYet} is retried; anything else, such as a refused login, is final.
 */
final class ConnectionWait {

    private static final Backoff BACKOFF = Backoff.doubling(Duration.ofMillis(500), Duration.ofSeconds(5));

    private final Duration timeout;
    private final Clock clock;
    private final Backoff.Sleeper sleeper;
    private final Reporter reporter;
    private final String target;

    ConnectionWait(Duration timeout, Clock clock, Backoff.Sleeper sleeper, Reporter reporter, String target) {
        this.timeout = timeout;
        this.clock = clock;
        this.sleeper = sleeper;
        this.reporter = reporter;
        this.target = target;
    }

    <T> T run(Supplier<T> attempt) {
        Backoff.Deadline deadline = BACKOFF.until(timeout, clock, sleeper);
        while (true) {
            try {
                return attempt.get();
            } catch (NotReachableYet e) {
                if (deadline.passed()) {
                    throw timeout.isZero() ? e.unreachable : gaveUp(e);
                }
                Duration left = deadline.left();
                Duration pause = deadline.nextPause();
                reporter.warn("Cassandra at " + target + " not reachable yet (" + e.reason + "); retrying in "
                        + seconds(pause) + ", " + seconds(left) + " left");
                try {
                    deadline.sleep(pause);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new CassandraUnavailableException("Stopped while waiting for Cassandra at " + target + ".",
                            null, e.unreachable);
                }
            }
        }
    }

    private CassandraUnavailableException gaveUp(NotReachableYet last) {
        return new CassandraUnavailableException(
                "Cassandra at " + target + " was still not reachable after waiting " + seconds(timeout)
                        + " (" + last.reason + ").",
                last.unreachable.suggestion().map(s -> s + " ").orElse("") + "If it needs longer to start, raise "
                        + Setting.WAIT_TIMEOUT.flag() + " / " + Setting.WAIT_TIMEOUT.environmentVariable() + ".",
                last.unreachable);
    }

    static String seconds(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }

    /** An attempt that may succeed later: the reason for the log line and the error to throw if it never does. */
    static final class NotReachableYet extends RuntimeException {
        final String reason;
        final CassandraUnavailableException unreachable;

        NotReachableYet(String reason, CassandraUnavailableException unreachable) {
            super(reason, unreachable, false, false);
            this.reason = reason;
            this.unreachable = unreachable;
        }
    }
}
