package org.cqlmigrate.runner;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import picocli.CommandLine;

/** Entry point of {@code runner.jar}. */
public final class Runner {

    private Runner() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.getenv(), System.out, System.err));
    }

    /** Runs one command line and returns its exit code; the environment is passed in so tests can set it. */
    public static int run(String[] args, Map<String, String> environment, PrintStream out, PrintStream err) {
        RunnerCommand root = new RunnerCommand(environment, out, err);
        CommandLine commandLine = new CommandLine(root)
                .setOut(new PrintWriter(out, true, StandardCharsets.UTF_8))
                .setErr(new PrintWriter(err, true, StandardCharsets.UTF_8))
                .setExecutionExceptionHandler(new ErrorHandler(err))
                .setCaseInsensitiveEnumValuesAllowed(true);
        return commandLine.execute(args);
    }
}
