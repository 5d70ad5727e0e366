package org.cqlmigrate.runner;

import java.io.PrintStream;
import org.cqlmigrate.api.Reporter;

/** Progress on standard output, warnings on standard error. */
final class ConsoleReporter implements Reporter {

    private final PrintStream out;
    private final PrintStream err;
    private final boolean verbose;

    ConsoleReporter(PrintStream out, PrintStream err, boolean verbose) {
        this.out = out;
        this.err = err;
        this.verbose = verbose;
    }

    @Override
    public void info(String message) {
        out.println(message);
    }

    @Override
    public void warn(String message) {
        err.println("WARNING: " + message);
    }

    @Override
    public void debug(String message) {
        if (verbose) {
            out.println(message);
        }
    }
}
