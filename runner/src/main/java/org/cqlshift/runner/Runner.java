package org.cqlshift.runner;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.cqlshift.api.workflow.StopRule;
import picocli.CommandLine;

/** Entry point of {@code runner.jar}. */
public final class Runner {

    private Runner() {
    }

    public static void main(String[] args) {
        StopRule stopRule = StopRule.onShutdown(System.err);
        int exitCode = run(args, System.getenv(), System.out, System.err, stopRule);
        stopRule.finished();
        System.exit(exitCode);
    }

    /** Runs one command line and returns its exit code; the environment is passed in so tests can set it. */
    public static int run(String[] args, Map<String, String> environment, PrintStream out, PrintStream err) {
        return run(args, environment, out, err, StopRule.never());
    }

    private static int run(String[] args, Map<String, String> environment, PrintStream out, PrintStream err,
                           StopRule stopRule) {
        return commandLine(environment, out, err, stopRule).execute(args);
    }

    /** The command line with its streams and error handling, before it runs. */
    static CommandLine commandLine(Map<String, String> environment, PrintStream out, PrintStream err,
                                   StopRule stopRule) {
        RunnerCommand root = new RunnerCommand(environment, out, err, stopRule);
        CommandLine commandLine = new CommandLine(root)
                .setOut(new PrintWriter(out, true, StandardCharsets.UTF_8))
                .setErr(new PrintWriter(err, true, StandardCharsets.UTF_8))
                .setCaseInsensitiveEnumValuesAllowed(true);
        ErrorHandler errors = new ErrorHandler(root, err, commandLine.getParameterExceptionHandler());
        return Installation.apply(
                commandLine.setExecutionExceptionHandler(errors).setParameterExceptionHandler(errors));
    }
}
