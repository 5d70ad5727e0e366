package org.cqlshift.runner;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;
import org.cqlshift.api.Reporter;
import org.cqlshift.api.seed.SeedListener;
import org.cqlshift.api.seed.SeedProgress;
import org.cqlshift.api.seed.SeededFile;

/**
 * Draws seed progress: on a terminal a bar redrawn in place, as wide as the terminal allows, otherwise (CI logs) a
 * plain line every 5 seconds. Nothing else may write over the bar: messages go through {@link #around(Reporter)},
 * which erases the bar first (the next update draws it again below them), and the bar is erased when a file is done
 * and when the command ends, failed or not.
 */
final class ConsoleSeedProgress implements SeedListener, AutoCloseable {

    private static final long LINE_INTERVAL_NANOS = 5_000_000_000L;
    private static final int WIDEST_BAR = 30;
    private static final int NARROWEST_BAR = 10;

    private final PrintStream out;
    private final boolean terminal;
    private final IntSupplier terminalWidth;
    private long lastLine = System.nanoTime();
    private int columns = TerminalWidth.UNKNOWN;
    /** The length of the bar on screen, 0 when none is. */
    private int shown;

    ConsoleSeedProgress(PrintStream out, boolean terminal, IntSupplier terminalWidth) {
        this.out = out;
        this.terminal = terminal;
        this.terminalWidth = terminalWidth;
    }

    /** On standard output: a bar when it is a terminal that can redraw a line (not {@code TERM=dumb}). */
    static ConsoleSeedProgress on(PrintStream out) {
        return new ConsoleSeedProgress(out, System.console() != null && !"dumb".equals(System.getenv("TERM")),
                TerminalWidth::current);
    }

    /** The reporter's messages, each on a line of its own, never run into the bar. */
    Reporter around(Reporter reporter) {
        return new Reporter() {
            @Override
            public void info(String message) {
                erase();
                reporter.info(message);
            }

            @Override
            public void warn(String message) {
                erase();
                reporter.warn(message);
            }

            @Override
            public void debug(String message) {
                erase();
                reporter.debug(message);
            }
        };
    }

    @Override
    public synchronized void fileStarted(String file) {
        lastLine = System.nanoTime();
        if (terminal) {
            columns = terminalWidth.getAsInt();
        }
    }

    @Override
    public synchronized void progress(SeedProgress progress) {
        if (terminal) {
            String bar = bar(progress, columns - 1);
            // Spaces clear what a longer bar left: every terminal understands them.
            out.print("\r" + bar + " ".repeat(Math.max(0, shown - bar.length())));
            out.flush();
            shown = bar.length();
        } else if (System.nanoTime() - lastLine >= LINE_INTERVAL_NANOS) {
            lastLine = System.nanoTime();
            out.println(progress.describe());
        }
    }

    @Override
    public void fileFinished(SeededFile file) {
        erase();
    }

    @Override
    public void close() {
        erase();
    }

    private synchronized void erase() {
        if (shown > 0) {
            out.print("\r" + " ".repeat(shown) + "\r");
            out.flush();
            shown = 0;
        }
    }

    /**
     * The bar in at most {@code room} characters: {@code writing [#####     ]  50% 500,000 rows 50,000 rows/s ETA
     * 10s}, with the rate and time left once they are known. When that does not fit, the bar narrows, then the
     * details go, the rate first and the time left last, then the bar itself.
     */
    static String bar(SeedProgress progress, int room) {
        String label = progress.phase() == SeedProgress.Phase.CHECKING ? "checking" : "writing ";
        double fraction = progress.rowsExpected() == 0 ? 1
                : Math.min(1, (double) progress.rowsDone() / progress.rowsExpected());
        String percent = String.format("%3d%%", Math.round(fraction * 100));
        String rows = String.format("%,d rows", progress.rowsDone());
        String rate = progress.rowsPerSecond().isPresent()
                ? String.format("%,d rows/s", Math.round(progress.rowsPerSecond().getAsDouble())) : null;
        String left = progress.remaining().filter(time -> !progress.complete()).map(ConsoleSeedProgress::eta)
                .orElse(null);
        List<List<String>> detailChoices = List.of(present(percent, rows, rate, left), present(percent, rows, left),
                present(percent, left), present(percent));
        for (List<String> details : detailChoices) {
            String text = String.join(" ", details);
            int barWidth = Math.min(WIDEST_BAR, room - label.length() - text.length() - 4);
            if (barWidth >= NARROWEST_BAR) {
                int filled = (int) Math.round(fraction * barWidth);
                return label + " [" + "#".repeat(filled) + " ".repeat(barWidth - filled) + "] " + text;
            }
        }
        String text = "";
        for (List<String> details : detailChoices) {
            text = label.strip() + " " + String.join(" ", details).strip();
            if (text.length() <= room) {
                return text;
            }
        }
        return text.substring(0, Math.max(0, room));
    }

    private static List<String> present(String... parts) {
        List<String> present = new ArrayList<>();
        for (String part : parts) {
            if (part != null) {
                present.add(part);
            }
        }
        return present;
    }

    private static String eta(Duration left) {
        long seconds = left.toSeconds();
        return seconds < 60 ? "ETA " + seconds + "s" : String.format("ETA %dm%02ds", seconds / 60, seconds % 60);
    }
}
