package org.cqlmigrate.runner;

import java.io.PrintStream;
import org.cqlmigrate.api.CqlMigrateException;
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
        if (exception instanceof CqlMigrateException) {
            CqlMigrateException error = (CqlMigrateException) exception;
            err.println("ERROR: " + error.getMessage());
            error.suggestion().ifPresent(suggestion -> err.println("What to do: " + suggestion));
            return error.failure().exitCode();
        }
        err.println("ERROR: unexpected " + exception);
        exception.printStackTrace(err);
        return INTERNAL_ERROR;
    }
}
