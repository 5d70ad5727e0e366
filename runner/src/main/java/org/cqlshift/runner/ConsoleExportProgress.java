package org.cqlshift.runner;

import java.io.PrintStream;
import java.time.Duration;
import org.cqlshift.api.export.ExportListener;
import org.cqlshift.api.export.ExportResult;

/**
 * Shows export progress (rows and rows/s; the total is not known before the end): on a terminal a line
 * redrawn in place, otherwise (CI logs) a plain line every 5 seconds, as seed progress does.
 */
final class ConsoleExportProgress implements ExportListener {

    private static final long LINE_INTERVAL_NANOS = 5_000_000_000L;

    private final PrintStream out;
    private final boolean terminal;
    private long lastLine = System.nanoTime();
    private int shownWidth;

    ConsoleExportProgress(PrintStream out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    @Override
    public void progress(String table, long rows, Duration elapsed) {
        String line = ExportListener.describe(table, rows, elapsed);
        if (terminal) {
            out.print("\r" + line + " ".repeat(Math.max(0, shownWidth - line.length())));
            out.flush();
            shownWidth = line.length();
        } else if (System.nanoTime() - lastLine >= LINE_INTERVAL_NANOS) {
            lastLine = System.nanoTime();
            out.println(line);
        }
    }

    @Override
    public void finished(ExportResult result) {
        if (shownWidth > 0) {
            out.print("\r" + " ".repeat(shownWidth) + "\r");
            out.flush();
            shownWidth = 0;
        }
    }
}
