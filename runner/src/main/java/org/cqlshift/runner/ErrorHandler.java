package org.cqlshift.runner;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cqlshift.api.ErrorReport;
import org.cqlshift.api.Failure;
import org.cqlshift.api.OutputFormat;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Prints errors as the core's {@link ErrorReport} renders them, or as one JSON line with
 * {@code --log-format json}, and returns their exit code. Usage errors (an unknown option) follow the log
 * format too.
 */
final class ErrorHandler implements IExecutionExceptionHandler, IParameterExceptionHandler {

    private final RunnerCommand root;
    private final PrintStream err;
    private final IParameterExceptionHandler usageErrorsAsText;

    ErrorHandler(RunnerCommand root, PrintStream err, IParameterExceptionHandler usageErrorsAsText) {
        this.root = root;
        this.err = err;
        this.usageErrorsAsText = usageErrorsAsText;
    }

    @Override
    public int handleExecutionException(Exception exception, CommandLine commandLine, ParseResult parseResult) {
        ErrorReport report = ErrorReport.of(exception);
        if (root.logFormat(parseResult.originalArgs().toArray(String[]::new)) == OutputFormat.JSON) {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("command", commandLine.getCommandName());
            fields.put("exitCode", report.exitCode());
            fields.put("kind", report.kind());
            fields.put("suggestion", report.suggestion().orElse(null));
            if (report.failure().isEmpty()) {
                StringWriter trace = new StringWriter();
                exception.printStackTrace(new PrintWriter(trace));
                fields.put("exception", trace.toString());
            }
            err.println(JsonLines.line(Instant.now(), "ERROR", report.message(), fields));
        } else {
            report.lines().forEach(err::println);
            if (report.failure().isEmpty()) {
                exception.printStackTrace(err);
            }
        }
        return report.exitCode();
    }

    @Override
    public int handleParseException(ParameterException exception, String[] args) throws Exception {
        if (root.logFormat(args) != OutputFormat.JSON) {
            return usageErrorsAsText.handleParseException(exception, args);
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("command", exception.getCommandLine().getCommandName());
        fields.put("exitCode", Failure.CONFIGURATION.exitCode());
        fields.put("kind", Failure.CONFIGURATION.description());
        fields.put("suggestion", "Run " + exception.getCommandLine().getCommandSpec().qualifiedName()
                + " --help for the options.");
        err.println(JsonLines.line(Instant.now(), "ERROR", exception.getMessage(), fields));
        return Failure.CONFIGURATION.exitCode();
    }
}
