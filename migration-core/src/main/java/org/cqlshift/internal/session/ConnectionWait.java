package org.cqlshift.internal.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.function.Supplier;
import org.cqlshift.api.CassandraUnavailableException;
import org.cqlshift.api.Reporter;
import org.cqlshift.api.config.Setting;

/**
 * Retries a connection attempt while Cassandra is not reachable yet, as when a pod starts before the
 * database: waits 0.5 s, then twice as long after each failure up to 5 s, until the wait timeout is
 * used up. Only {@link NotReachableYet} is retried; anything else, such as a refused login, is final.
 */
final class ConnectionWait {

    static final Duration FIRST_DELAY = Duration.ofMillis(500);
    static final Duration MAX_DELAY = Duration.ofSeconds(5);

    private final Duration timeout;
    private final Clock clock;
    private final Sleeper sleeper;
    private final Reporter reporter;
    private final String target;

    ConnectionWait(Duration timeout, Clock clock, Sleeper sleeper, Reporter reporter, String target) {
        this.timeout = timeout;
        this.clock = clock;
        this.sleeper = sleeper;
        this.reporter = reporter;
        this.target = target;
    }

    <T> T run(Supplier<T> attempt) {
        Instant deadline = clock.instant().plus(timeout);
        Duration delay = FIRST_DELAY;
        while (true) {
            try {
                return attempt.get();
            } catch (NotReachableYet e) {
                Duration left = Duration.between(clock.instant(), deadline);
                if (left.isZero() || left.isNegative()) {
                    throw timeout.isZero() ? e.unreachable : gaveUp(e);
                }
                Duration pause = delay.compareTo(left) < 0 ? delay : left;
                reporter.warn("Cassandra at " + target + " not reachable yet (" + e.reason + "); retrying in "
                        + seconds(pause) + ", " + seconds(left) + " left");
                try {
                    sleeper.sleep(pause);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new CassandraUnavailableException("Stopped while waiting for Cassandra at " + target + ".",
                            null, e.unreachable);
                }
                delay = delay.multipliedBy(2).compareTo(MAX_DELAY) < 0 ? delay.multipliedBy(2) : MAX_DELAY;
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

    /** Pauses between attempts; a parameter so tests need not sleep. */
    @FunctionalInterface
    interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
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
