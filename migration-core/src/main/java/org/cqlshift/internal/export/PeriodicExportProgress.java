package org.cqlshift.internal.export;

import java.time.Duration;
import org.cqlshift.api.Reporter;
import org.cqlshift.api.export.ExportListener;

/** Export progress as a plain line through the reporter every few seconds: right for build logs. */
public final class PeriodicExportProgress implements ExportListener {

    private final Reporter reporter;
    private final long intervalNanos;
    private long lastLine = System.nanoTime();

    public PeriodicExportProgress(Reporter reporter, Duration interval) {
        this.reporter = reporter;
        this.intervalNanos = interval.toNanos();
    }

    @Override
    public void progress(String table, long rows, Duration elapsed) {
        long now = System.nanoTime();
        if (now - lastLine >= intervalNanos) {
            lastLine = now;
            reporter.info(ExportListener.describe(table, rows, elapsed));
        }
    }
}
