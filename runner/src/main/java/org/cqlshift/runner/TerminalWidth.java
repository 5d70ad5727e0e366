package org.cqlshift.runner;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/** How many columns the terminal has: Java has no call for it, so it asks {@code stty} as shells do. */
final class TerminalWidth {

    /** When it cannot be told: the width terminals open with. */
    static final int UNKNOWN = 80;

    private TerminalWidth() {
    }

    /** {@code COLUMNS} when the shell exported it, else {@code stty size} on the controlling terminal. */
    static int current() {
        String columns = System.getenv("COLUMNS");
        if (columns != null && columns.strip().matches("\\d+")) {
            return Integer.parseInt(columns.strip());
        }
        File terminal = new File("/dev/tty");
        if (!terminal.exists()) {
            return UNKNOWN;
        }
        try {
            Process stty = new ProcessBuilder("stty", "size").redirectInput(terminal)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String size = new String(stty.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (stty.waitFor(1, TimeUnit.SECONDS) && stty.exitValue() == 0 && size.matches("\\d+ \\d+")) {
                return Integer.parseInt(size.substring(size.indexOf(' ') + 1));
            }
        } catch (IOException e) {
            // No stty here (Windows): the usual width.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return UNKNOWN;
    }
}
