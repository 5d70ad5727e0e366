package org.cqlshift.runner;

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
        GracefulStop.install(System.err);
        int exitCode = run(args, System.getenv(), System.out, System.err);
        GracefulStop.finished();
        System.exit(exitCode);
    }

    /** Runs one command line and returns its exit code; the environment is passed in so tests can set it. */
    public static int run(String[] args, Map<String, String> environment, PrintStream out, PrintStream err) {
        return commandLine(environment, out, err).execute(args);
    }

    /** The command line with its streams and error handling, before it runs. */
    static CommandLine commandLine(Map<String, String> environment, PrintStream out, PrintStream err) {
        return Installation.apply(new CommandLine(new RunnerCommand(environment, out, err))
                .setOut(new PrintWriter(out, true, StandardCharsets.UTF_8))
                .setErr(new PrintWriter(err, true, StandardCharsets.UTF_8))
                .setExecutionExceptionHandler(new ErrorHandler(err))
                .setCaseInsensitiveEnumValuesAllowed(true));
    }
}
