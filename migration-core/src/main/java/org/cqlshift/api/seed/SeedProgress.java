package org.cqlshift.api.seed;

import java.time.Duration;

/**
 * A snapshot of the file being loaded. A file goes through two phases: {@link Phase#CHECKING} reads and
 * converts every row without writing, then {@link Phase#WRITING} sends them.
 */
public final class SeedProgress {

    public enum Phase {
        CHECKING, WRITING
    }

    private final String file;
    private final Phase phase;
    private final long rowsDone;
    private final long rowsExpected;
    private final Duration elapsed;

    public SeedProgress(String file, Phase phase, long rowsDone, long rowsExpected, Duration elapsed) {
        this.file = file;
        this.phase = phase;
        this.rowsDone = rowsDone;
        this.rowsExpected = rowsExpected;
        this.elapsed = elapsed;
    }

    public String file() {
        return file;
    }

    public Phase phase() {
        return phase;
    }

    /** Rows checked, or rows acknowledged by Cassandra, so far in this phase. */
    public long rowsDone() {
        return rowsDone;
    }

    /**
     * Rows this phase will handle: while checking, an estimate from the bytes read so far and the file's
     * size; while writing, the exact count.
     */
    public long rowsExpected() {
        return rowsExpected;
    }

    /** Time spent in this phase so far. */
    public Duration elapsed() {
        return elapsed;
    }

    public double rowsPerSecond() {
        double seconds = elapsed.toNanos() / 1e9;
        return seconds <= 0 ? 0 : rowsDone / seconds;
    }

    /** One line for logs, e.g. {@code employee.yaml: writing 450000 of 1000000 rows, 61000 rows/s, about 9 s left}. */
    public String describe() {
        return file + ": " + (phase == Phase.CHECKING ? "checking" : "writing") + " " + rowsDone + " of "
                + (phase == Phase.CHECKING ? "about " : "") + rowsExpected + " rows, " + Math.round(rowsPerSecond())
                + " rows/s, about " + Math.max(0, remaining().toSeconds()) + " s left";
    }

    /** The time left in this phase at the current rate, if it can be told yet. */
    public Duration remaining() {
        double rate = rowsPerSecond();
        if (rate <= 0 || rowsExpected <= rowsDone) {
            return Duration.ZERO;
        }
        return Duration.ofMillis((long) ((rowsExpected - rowsDone) / rate * 1000));
    }
}
