package org.cqlshift.api.export;

import java.time.Duration;

/** Receives the progress of an export; front ends decide how to show it. */
public interface ExportListener {

    /** Rows written so far; called a few times a second while rows stream. */
    void progress(String table, long rows, Duration elapsed);

    /** The export is complete (called before the result is reported). */
    default void finished(ExportResult result) {
    }

    /** One line for logs, e.g. {@code app.employee: exported 450000 rows, 61000 rows/s}. */
    static String describe(String table, long rows, Duration elapsed) {
        double seconds = elapsed.toNanos() / 1e9;
        return table + ": exported " + rows + " rows, " + (seconds <= 0 ? 0 : Math.round(rows / seconds)) + " rows/s";
    }
}
