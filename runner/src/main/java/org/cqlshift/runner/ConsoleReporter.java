package org.cqlshift.runner;

import java.io.PrintStream;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cqlshift.api.OutputFormat;
import org.cqlshift.api.Reporter;

/**
 * Progress on standard output, warnings on standard error; as plain text, or as one JSON object per
 * line carrying the command and keyspace for log collectors.
 */
final class ConsoleReporter implements Reporter {

    private final PrintStream out;
    private final PrintStream err;
    private final boolean verbose;
    private final OutputFormat format;
    private final Map<String, String> fields;

    ConsoleReporter(PrintStream out, PrintStream err, boolean verbose, OutputFormat format, Map<String, String> fields) {
        this.out = out;
        this.err = err;
        this.verbose = verbose;
        this.format = format;
        this.fields = new LinkedHashMap<>(fields);
    }

    @Override
    public void info(String message) {
        out.println(render("INFO", message, ""));
    }

    @Override
    public void warn(String message) {
        err.println(render("WARN", message, "WARNING: "));
    }

    @Override
    public void debug(String message) {
        if (verbose) {
            out.println(render("DEBUG", message, ""));
        }
    }

    private String render(String level, String message, String textPrefix) {
        return format == OutputFormat.JSON
                ? JsonLines.line(Instant.now(), level, message, fields)
                : textPrefix + message;
    }
}
