package org.cqlshift.runner;

import java.io.PrintStream;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "runner.jar",
        description = "Schema migrations and data seeding for Apache Cassandra.",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        subcommands = {MigrateCommand.class, InfoCommand.class, ValidateCommand.class, BaselineCommand.class,
                RepairCommand.class, SeedCommand.class, ExportCommand.class,
                VerifyCommand.class, UpCommand.class},
        footer = {"",
                "Settings come from options, then CASSANDRA_* environment variables, then --config FILE,"
                        + " then defaults.",
                "Exit codes: 0 success, 1 internal error, 2 bad configuration or input, 3 Cassandra unreachable,"
                        + " 4 migration failed, 5 seed failed, 6 verify failed."})
public final class RunnerCommand implements Runnable {

    private final Map<String, String> environment;
    private final PrintStream out;
    private final PrintStream err;

    @Spec
    private CommandSpec spec;

    @Option(names = "--log-format", paramLabel = "text|json", scope = ScopeType.INHERIT,
            description = "text (default) or json: one JSON object per line for log collectors"
                    + " (env " + LogFormat.ENVIRONMENT_VARIABLE + ").")
    private LogFormat logFormat;

    RunnerCommand(Map<String, String> environment, PrintStream out, PrintStream err) {
        this.environment = Map.copyOf(environment);
        this.out = out;
        this.err = err;
    }

    Map<String, String> environment() {
        return environment;
    }

    /** The option, else the environment variable, else plain text; an unknown value in the environment is text. */
    LogFormat logFormat() {
        if (logFormat != null) {
            return logFormat;
        }
        String fromEnvironment = environment.getOrDefault(LogFormat.ENVIRONMENT_VARIABLE, "");
        return fromEnvironment.trim().equalsIgnoreCase("json") ? LogFormat.JSON : LogFormat.TEXT;
    }

    PrintStream out() {
        return out;
    }

    PrintStream err() {
        return err;
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command: choose one of "
                + String.join(", ", spec.subcommands().keySet()));
    }
}
