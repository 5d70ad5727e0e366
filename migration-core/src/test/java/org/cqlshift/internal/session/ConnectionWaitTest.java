package org.cqlshift.internal.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.cqlshift.api.CassandraUnavailableException;
import org.cqlshift.api.Reporter;
import org.junit.jupiter.api.Test;

class ConnectionWaitTest {

    private final MovableClock clock = new MovableClock();
    private final List<String> warnings = new ArrayList<>();
    private final List<Duration> pauses = new ArrayList<>();
    private final Reporter reporter = new Reporter() {
        @Override
        public void info(String message) {
        }

        @Override
        public void warn(String message) {
            warnings.add(message);
        }

        @Override
        public void debug(String message) {
        }
    };

    private ConnectionWait waitUpTo(Duration timeout) {
        return new ConnectionWait(timeout, clock, pause -> {
            pauses.add(pause);
            clock.advance(pause);
        }, reporter, "db:9042");
    }

    @Test
    void retriesWithDoublingPausesCappedAtFiveSecondsUntilTheNodeAnswers() {
        AtomicInteger attempts = new AtomicInteger();

        String result = waitUpTo(Duration.ofSeconds(60)).run(() -> {
            if (attempts.incrementAndGet() < 7) {
                throw notReachable();
            }
            return "connected";
        });

        assertThat(result).isEqualTo("connected");
        assertThat(pauses).containsExactly(Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2),
                Duration.ofSeconds(4), Duration.ofSeconds(5), Duration.ofSeconds(5));
        assertThat(warnings.get(0))
                .isEqualTo("Cassandra at db:9042 not reachable yet (Connection refused); retrying in 0.5 s, 60 s left");
    }

    @Test
    void givesUpWhenTheTimeoutIsUsedUpWithAMessageNamingTheWait() {
        assertThatThrownBy(() -> waitUpTo(Duration.ofSeconds(5)).run(() -> {
            throw notReachable();
        }))
                .isInstanceOf(CassandraUnavailableException.class)
                .hasMessage("Cassandra at db:9042 was still not reachable after waiting 5 s (Connection refused).")
                .satisfies(e -> assertThat(((CassandraUnavailableException) e).suggestion())
                        .hasValueSatisfying(s -> assertThat(s).contains("--wait-timeout", "CASSANDRA_WAIT_TIMEOUT")));
        assertThat(pauses.stream().reduce(Duration.ZERO, Duration::plus)).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void zeroTimeoutTriesOnceAndThrowsTheOriginalError() {
        CassandraUnavailableException original = new CassandraUnavailableException("Cannot connect", "Start it", null);

        assertThatThrownBy(() -> waitUpTo(Duration.ZERO).run(() -> {
            throw new ConnectionWait.NotReachableYet("Connection refused", original);
        })).isSameAs(original);
        assertThat(pauses).isEmpty();
        assertThat(warnings).isEmpty();
    }

    @Test
    void otherErrorsSuchAsARefusedLoginAreNotRetried() {
        AtomicInteger attempts = new AtomicInteger();
        CassandraUnavailableException refused = new CassandraUnavailableException("refused the login", null, null);

        assertThatThrownBy(() -> waitUpTo(Duration.ofSeconds(60)).run(() -> {
            attempts.incrementAndGet();
            throw refused;
        })).isSameAs(refused);
        assertThat(attempts).hasValue(1);
    }

    private static ConnectionWait.NotReachableYet notReachable() {
        return new ConnectionWait.NotReachableYet("Connection refused",
                new CassandraUnavailableException("Cannot connect to Cassandra at db:9042.", "Check that a node runs.",
                        null));
    }

    private static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-01-01T00:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
