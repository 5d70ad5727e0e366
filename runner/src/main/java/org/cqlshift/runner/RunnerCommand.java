package org.cqlshift.runner;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cqlshift.api.ErrorReport;
import org.cqlshift.api.OutputFormat;
import org.cqlshift.api.StopRule;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "runner.jar",
        description = "Schema migrations and data seeding for Apache Cassandra.",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        modelTransformer = RunnerCommand.ExitCodesFooter.class,
        footer = {"",
                "Settings come from options, then CASSANDRA_* environment variables, then --config-file FILE,"
                        + " then defaults."})
public final class RunnerCommand implements Runnable {

    /** The subcommands, in the order the help lists them. */
    static final List<Class<?>> SUBCOMMANDS = List.of(MigrateCommand.class, InfoCommand.class,
            ValidateCommand.class, BaselineCommand.class, RepairCommand.class, SeedCommand.class,
            ExportCommand.class, VerifyCommand.class, DiffCommand.class, SchemaCommand.class, LintCommand.class,
            UpCommand.class);

    private final Map<String, String> environment;
    private final PrintStream out;
    private final PrintStream err;
    private final StopRule stopRule;

    @Spec
    private CommandSpec spec;

    /** The log format the command's settings resolved to, once they are. */
    private OutputFormat resolvedLogFormat;

    RunnerCommand(Map<String, String> environment, PrintStream out, PrintStream err, StopRule stopRule) {
        this.environment = Map.copyOf(environment);
        this.out = out;
        this.err = err;
        this.stopRule = stopRule;
    }

    /** What the commands do when the process is asked to stop. */
    StopRule stopRule() {
        return stopRule;
    }

    Map<String, String> environment() {
        return environment;
    }

    void resolvedLogFormat(OutputFormat format) {
        this.resolvedLogFormat = format;
    }

    /** The log format of the settings, or before they are resolved the one the arguments or environment name. */
    OutputFormat logFormat(String[] args) {
        return resolvedLogFormat != null ? resolvedLogFormat : LogFormat.requested(args, environment);
    }

    PrintStream out() {
        return out;
    }

    PrintStream err() {
        return err;
    }

    /**
     * The subcommand that arguments name, if one does: the first argument that is not an option, since the root
     * command has no option that takes a value. Only its model needs to be built to run it: building all twelve
     * (hundreds of options, read by reflection) took a fifth of a second of every start-up.
     */
    static Optional<Class<?>> named(String[] args) {
        return Arrays.stream(args).filter(arg -> !arg.startsWith("-")).findFirst()
                .flatMap(first -> SUBCOMMANDS.stream().filter(command -> {
                    Command annotation = command.getAnnotation(Command.class);
                    return annotation.name().equals(first) || Arrays.asList(annotation.aliases()).contains(first);
                }).findFirst());
    }

    /** Ends the help with the core's table of exit codes. */
    public static final class ExitCodesFooter implements CommandLine.IModelTransformer {
        @Override
        public CommandSpec transform(CommandSpec root) {
            String[] footer = root.usageMessage().footer();
            String[] withExitCodes = Arrays.copyOf(footer, footer.length + 1);
            withExitCodes[footer.length] = "Exit codes: " + String.join(", ", ErrorReport.exitCodes()) + ".";
            root.usageMessage().footer(withExitCodes);
            return root;
        }
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command: choose one of "
                + String.join(", ", spec.subcommands().keySet()));
    }
}
