package org.cqlshift.runner;

import com.datastax.oss.driver.api.core.servererrors.QueryConsistencyException;
import com.datastax.oss.driver.api.core.servererrors.UnavailableException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cqlshift.api.CassandraUnavailableException;
import org.cqlshift.api.CqlShiftException;
import org.cqlshift.api.config.Setting;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Turns the engine's typed errors into a message and the documented exit code. */
final class ErrorHandler implements IExecutionExceptionHandler {

    static final int INTERNAL_ERROR = 1;

    private final PrintStream err;

    ErrorHandler(PrintStream err) {
        this.err = err;
    }

    @Override
    public int handleExecutionException(Exception exception, CommandLine commandLine, ParseResult parseResult) {
        if (exception instanceof QueryConsistencyException || exception instanceof UnavailableException) {
            // Too few replicas answered: the cluster's state, not a bug, and a retry may succeed.
            exception = new CassandraUnavailableException("Cassandra could not answer: " + exception.getMessage(),
                    "Check that enough replicas are up for the consistency level (nodetool status), or lower "
                            + Setting.CONSISTENCY.flag() + " / " + Setting.CONSISTENCY.environmentVariable()
                            + ", then run the command again.", exception);
        }
        boolean json = commandLine.getCommandSpec().root().userObject() instanceof RunnerCommand
                && ((RunnerCommand) commandLine.getCommandSpec().root().userObject()).logFormat() == LogFormat.JSON;
        if (exception instanceof CqlShiftException) {
            CqlShiftException error = (CqlShiftException) exception;
            int exitCode = error.failure().exitCode();
            if (json) {
                Map<String, Object> fields = new LinkedHashMap<>();
                fields.put("command", commandLine.getCommandName());
                fields.put("exitCode", exitCode);
                fields.put("suggestion", error.suggestion().orElse(null));
                err.println(JsonLines.line(Instant.now(), "ERROR", error.getMessage(), fields));
            } else {
                err.println("ERROR: " + error.getMessage());
                error.suggestion().ifPresent(suggestion -> err.println("What to do: " + suggestion));
            }
            return exitCode;
        }
        if (json) {
            StringWriter trace = new StringWriter();
            exception.printStackTrace(new PrintWriter(trace));
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("command", commandLine.getCommandName());
            fields.put("exitCode", INTERNAL_ERROR);
            fields.put("exception", trace.toString());
            err.println(JsonLines.line(Instant.now(), "ERROR", "unexpected " + exception, fields));
        } else {
            err.println("ERROR: unexpected " + exception);
            exception.printStackTrace(err);
        }
        return INTERNAL_ERROR;
    }
}
