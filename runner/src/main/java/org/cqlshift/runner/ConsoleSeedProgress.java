package org.cqlshift.runner;

import java.io.PrintStream;
import org.cqlshift.api.seed.SeedListener;
import org.cqlshift.api.seed.SeedProgress;
import org.cqlshift.api.seed.SeededFile;

/**
 * Draws seed progress: on a terminal a bar redrawn in place, otherwise (CI logs) a plain line every
 * 5 seconds.
 */
final class ConsoleSeedProgress implements SeedListener {

    private static final long LINE_INTERVAL_NANOS = 5_000_000_000L;
    private static final int BAR_WIDTH = 30;

    private final PrintStream out;
    private final boolean terminal;
    private long lastLine = System.nanoTime();
    private boolean barShown;

    ConsoleSeedProgress(PrintStream out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    @Override
    public void fileStarted(String file) {
        lastLine = System.nanoTime();
    }

    @Override
    public void progress(SeedProgress progress) {
        if (terminal) {
            out.print("\r" + bar(progress));
            out.flush();
            barShown = true;
        } else if (System.nanoTime() - lastLine >= LINE_INTERVAL_NANOS) {
            lastLine = System.nanoTime();
            out.println(progress.describe());
        }
    }

    @Override
    public void fileFinished(SeededFile file) {
        if (barShown) {
            out.print("\r" + " ".repeat(BAR_WIDTH + 70) + "\r");
            out.flush();
            barShown = false;
        }
    }

    private static String bar(SeedProgress progress) {
        double fraction = progress.rowsExpected() == 0 ? 1
                : Math.min(1, (double) progress.rowsDone() / progress.rowsExpected());
        int filled = (int) Math.round(fraction * BAR_WIDTH);
        return String.format("%-8s [%s%s] %3d%% %,d rows %,d rows/s ETA %ds",
                progress.phase() == SeedProgress.Phase.CHECKING ? "checking" : "writing",
                "#".repeat(filled), " ".repeat(BAR_WIDTH - filled), Math.round(fraction * 100),
                progress.rowsDone(), Math.round(progress.rowsPerSecond()), progress.remaining().toSeconds());
    }
}
