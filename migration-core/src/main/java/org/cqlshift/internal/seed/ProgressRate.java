package org.cqlshift.internal.seed;

import java.time.Duration;
import java.util.OptionalDouble;

/**
 * The rate of one phase of a seed file, as progress shows it. Nothing is shown for the first seconds: the first
 * rows of a phase go slower while the JIT and the connections warm up, and written rows are acknowledged a moment
 * after they are sent, so an early rate misleads (a write that took 5.7 s once showed "about 232 s left" after
 * 0.3 s). Like dsbulk, which prints no rate before its first report 5 s in, the rate starts as the phase's mean
 * over at least {@link #MEASURED_AFTER}; after that it is smoothed exponentially, so that it follows real changes
 * without jumping at each report.
 */
final class ProgressRate {

    /** How long a phase runs before its rate is shown. */
    static final Duration MEASURED_AFTER = Duration.ofSeconds(2);

    /** The time constant of the smoothing: a change of rate shows about two thirds of its size after this. */
    private static final double SMOOTHING_SECONDS = 3;

    private final long startedNanos;
    private long lastNanos;
    private long lastRows;
    private double rate = Double.NaN;

    ProgressRate(long startedNanos) {
        this.startedNanos = startedNanos;
    }

    /** The rate after {@code rows} rows at {@code nowNanos}; empty until the phase has run long enough. */
    OptionalDouble update(long rows, long nowNanos) {
        if (Double.isNaN(rate)) {
            long elapsed = nowNanos - startedNanos;
            if (elapsed < MEASURED_AFTER.toNanos()) {
                return OptionalDouble.empty();
            }
            rate = rows / (elapsed / 1e9);
        } else if (nowNanos > lastNanos) {
            double seconds = (nowNanos - lastNanos) / 1e9;
            double recent = (rows - lastRows) / seconds;
            rate += (1 - Math.exp(-seconds / SMOOTHING_SECONDS)) * (recent - rate);
        }
        lastNanos = nowNanos;
        lastRows = rows;
        return OptionalDouble.of(rate);
    }

    /** The rate of a finished phase: its mean. */
    OptionalDouble finished(long rows, long nowNanos) {
        long elapsed = nowNanos - startedNanos;
        return elapsed <= 0 ? OptionalDouble.empty() : OptionalDouble.of(rows / (elapsed / 1e9));
    }
}
