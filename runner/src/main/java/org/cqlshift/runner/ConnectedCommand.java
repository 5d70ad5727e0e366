package org.cqlshift.runner;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.cqlshift.api.CqlShift;
import org.cqlshift.api.CqlShiftBuilder;
import org.cqlshift.api.OutputFormat;
import org.cqlshift.api.config.Configuration;
import org.cqlshift.api.config.Setting;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * A command that runs one of {@link CqlShift}'s operations: its options are the operation's settings
 * ({@link SettingsOptions}), given to {@link CqlShift#configure()} with the environment and the installation's
 * configuration file. Engine errors propagate to {@link ErrorHandler}, which reports them.
 */
@Command(modelTransformer = SettingsOptions.class)
abstract class ConnectedCommand implements Callable<Integer> {

    @ParentCommand
    RunnerCommand root;

    @Spec
    CommandSpec spec;

    private ConsoleReporter reporter;
    /** The seed progress bar of a command that seeds, null for the others. */
    private ConsoleSeedProgress seedProgress;

    @Override
    public final Integer call() {
        CqlShiftBuilder builder = SettingsOptions.apply(spec, CqlShift.configure())
                .environment(root.environment())
                .stopRule(root.stopRule())
                .reporterFor(configuration -> seedProgress == null ? reporter(configuration)
                        : seedProgress.around(reporter(configuration)));
        Installation.configurationFile().ifPresent(file -> builder.defaultValue(Setting.CONFIG_FILE, file.toString()));
        listeners(builder);
        CqlShift shift = builder.load();
        root.resolvedLogFormat(shift.configuration().logFormat());
        LogFormat.configureLibraryLogging(shift.configuration().logFormat());
        try {
            run(shift);
        } finally {
            if (seedProgress != null) {
                seedProgress.close();
            }
        }
        return 0;
    }

    /**
     * Progress on standard output, or on standard error when standard output carries a document for machines;
     * as JSON lines with the command and keyspace when asked.
     */
    private ConsoleReporter reporter(Configuration configuration) {
        Map<String, String> logFields = new LinkedHashMap<>();
        logFields.put("command", spec.name());
        logFields.put("keyspace", configuration.keyspace());
        PrintStream progress = writesDocumentToStandardOutput(configuration) ? root.err() : root.out();
        reporter = new ConsoleReporter(progress, root.err(), configuration.verbose(),
                configuration.logFormat(), logFields);
        return reporter;
    }

    /** Where the command's progress goes, once the settings are resolved. */
    protected ConsoleReporter reporter() {
        return reporter;
    }

    /** Whether standard output carries only a machine-readable document, such as a JSON report. */
    protected boolean writesDocumentToStandardOutput(Configuration configuration) {
        return false;
    }

    /** Adds the listeners that draw the command's progress. */
    protected void listeners(CqlShiftBuilder builder) {
    }

    /** Draws seed progress; the command's messages then never run into its bar, which is gone when it ends. */
    protected final void drawSeedProgress(CqlShiftBuilder builder) {
        seedProgress = ConsoleSeedProgress.on(root.out());
        builder.seedListener(seedProgress);
    }

    /** Runs the operation; failures are thrown as engine exceptions. */
    protected abstract void run(CqlShift shift);

    /** Whether reports go out as JSON. */
    static boolean json(Configuration configuration) {
        return configuration.format() == OutputFormat.JSON;
    }
}
