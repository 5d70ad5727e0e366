package org.cqlshift.api.seed;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A snapshot of the file being loaded. A file goes through two phases: {@link Phase#CHECKING} reads and
 * converts every row without writing, then {@link Phase#WRITING} sends them. The rate, and the time left from it,
 * are known only once the phase has run long enough for them to mean something: the first rows of a phase go
 * slower (or, written asynchronously, are acknowledged later) than the rest.
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
    private final OptionalDouble rowsPerSecond;

    /**
     * @param rowsPerSecond the phase's rate, smoothed, once measured over enough time; empty before
     */
    public SeedProgress(String file, Phase phase, long rowsDone, long rowsExpected, Duration elapsed,
                        OptionalDouble rowsPerSecond) {
        this.file = file;
        this.phase = phase;
        this.rowsDone = rowsDone;
        this.rowsExpected = rowsExpected;
        this.elapsed = elapsed;
        this.rowsPerSecond = rowsPerSecond;
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

    /** Whether every row of the phase is done. */
    public boolean complete() {
        return rowsDone >= rowsExpected;
    }

    /** The phase's rate, smoothed over the last few seconds; empty until it has been measured long enough. */
    public OptionalDouble rowsPerSecond() {
        return rowsPerSecond;
    }

    /** The time left in this phase at the current rate; empty while the rate is not known yet. */
    public Optional<Duration> remaining() {
        if (complete()) {
            return Optional.of(Duration.ZERO);
        }
        if (rowsPerSecond.isEmpty() || rowsPerSecond.getAsDouble() <= 0) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofMillis((long) ((rowsExpected - rowsDone) / rowsPerSecond.getAsDouble() * 1000)));
    }

    /**
     * One line for logs, e.g. {@code employee.yaml: writing 450000 of 1000000 rows, 61000 rows/s, about 9 s left},
     * or {@code employee.yaml: writing 121 of 1000000 rows} while the rate is not known yet.
     */
    public String describe() {
        StringBuilder line = new StringBuilder(file).append(": ")
                .append(phase == Phase.CHECKING ? "checking " : "writing ").append(rowsDone).append(" of ")
                .append(phase == Phase.CHECKING ? "about " : "").append(rowsExpected).append(" rows");
        rowsPerSecond.ifPresent(rate -> line.append(", ").append(Math.round(rate)).append(" rows/s"));
        remaining().filter(left -> !complete())
                .ifPresent(left -> line.append(", about ").append(left.toSeconds()).append(" s left"));
        return line.toString();
    }
}
