package org.cqlshift.runner;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.cqlshift.api.StopRule;
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
        return commandLine(environment, out, err, stopRule,
                RunnerCommand.named(args).map(List::<Class<?>>of).orElse(RunnerCommand.SUBCOMMANDS)).execute(args);
    }

    /** The command line with every subcommand, its streams and error handling, before it runs. */
    static CommandLine commandLine(Map<String, String> environment, PrintStream out, PrintStream err,
                                   StopRule stopRule) {
        return commandLine(environment, out, err, stopRule, RunnerCommand.SUBCOMMANDS);
    }

    private static CommandLine commandLine(Map<String, String> environment, PrintStream out, PrintStream err,
                                           StopRule stopRule, List<Class<?>> subcommands) {
        RunnerCommand root = new RunnerCommand(environment, out, err, stopRule);
        CommandLine commandLine = new CommandLine(root);
        // Each built as a command line of its own, which applies its model transformer (SettingsOptions).
        subcommands.forEach(subcommand -> commandLine.addSubcommand(new CommandLine(subcommand)));
        commandLine
                .setOut(new PrintWriter(out, true, StandardCharsets.UTF_8))
                .setErr(new PrintWriter(err, true, StandardCharsets.UTF_8))
                .setCaseInsensitiveEnumValuesAllowed(true);
        ErrorHandler errors = new ErrorHandler(root, err, commandLine.getParameterExceptionHandler());
        return Installation.apply(
                commandLine.setExecutionExceptionHandler(errors).setParameterExceptionHandler(errors));
    }
}
