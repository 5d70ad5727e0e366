package org.cqlshift.internal.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ProgressRateTest {

    private static long seconds(double seconds) {
        return (long) (seconds * TimeUnit.SECONDS.toNanos(1));
    }

    @Test
    void noRateWhileThePhaseIsYoung() {
        ProgressRate rate = new ProgressRate(0);

        // The write of 100,000 rows that once showed "431 rows/s, about 232 s left" after 0.28 s, and took 5.7 s.
        assertThat(rate.update(121, seconds(0.28))).isEmpty();
        assertThat(rate.update(9_000, seconds(1.9))).isEmpty();
        assertThat(rate.update(30_000, seconds(2.0)).getAsDouble()).isCloseTo(15_000, within(1.0));
    }

    @Test
    void afterwardsTheRateFollowsAChangeSmoothly() {
        ProgressRate rate = new ProgressRate(0);
        rate.update(20_000, seconds(2));
        long rows = 20_000;
        double shown = 0;
        // From 10,000 rows/s to 20,000, reported every 0.2 s.
        for (int report = 1; report <= 15; report++) {
            rows += 4_000;
            shown = rate.update(rows, seconds(2 + report * 0.2)).getAsDouble();
            assertThat(shown).isBetween(10_000.0, 20_000.0);
        }
        // Three seconds after the change, about two thirds of the way.
        assertThat(shown).isCloseTo(10_000 + 10_000 * (1 - Math.exp(-1)), within(100.0));
    }

    @Test
    void aFinishedPhaseHasItsMeanRate() {
        ProgressRate rate = new ProgressRate(seconds(1));

        assertThat(rate.finished(100_000, seconds(6.7)).getAsDouble()).isCloseTo(100_000 / 5.7, within(1.0));
    }
}
