package org.cqlshift.internal.retry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BackoffTest {

    @Test
    void doublingPausesStopAtTheLongest() {
        Backoff backoff = Backoff.doubling(Duration.ofMillis(200), Duration.ofSeconds(5));

        assertThat(IntStream.rangeClosed(1, 8).mapToObj(backoff::pause).map(Duration::toMillis))
                .containsExactly(200L, 400L, 800L, 1600L, 3200L, 5000L, 5000L, 5000L);
        assertThat(backoff.pause(100)).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void jitterAddsUpToOnePauseMore() {
        Backoff backoff = Backoff.fixed(Duration.ofMillis(250)).withJitter();

        assertThat(IntStream.rangeClosed(1, 1000).mapToObj(backoff::pause))
                .allSatisfy(pause -> assertThat(pause).isBetween(Duration.ofMillis(250), Duration.ofMillis(499)));
    }

    @Test
    void aDeadlineShortensTheLastPauseAndThenStops() throws InterruptedException {
        MovingClock clock = new MovingClock();
        List<Duration> pauses = new ArrayList<>();
        Backoff.Deadline deadline = Backoff.fixed(Duration.ofMillis(400)).until(Duration.ofSeconds(1), clock,
                pause -> {
                    pauses.add(pause);
                    clock.now = clock.now.plus(pause);
                });

        int attempts = 1;
        while (deadline.pause()) {
            attempts++;
        }

        assertThat(pauses).containsExactly(Duration.ofMillis(400), Duration.ofMillis(400), Duration.ofMillis(200));
        assertThat(attempts).isEqualTo(4);
        assertThat(deadline.passed()).isTrue();
        assertThat(deadline.left()).isZero();
    }

    private static final class MovingClock extends Clock {
        Instant now = Instant.parse("2026-12-02T10:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
