package org.cqlshift.runner;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.cqlshift.api.CassandraConnection;
import org.cqlshift.api.Reporter;
import org.cqlshift.api.config.Configuration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * A command that resolves the configuration, connects, runs one engine operation and returns its
 * exit code. Its settings' options come from {@link SettingsOptions}. Engine errors propagate to
 * {@link ErrorHandler}, which reports them.
 */
@Command(modelTransformer = SettingsOptions.class)
abstract class ConnectedCommand implements Callable<Integer> {

    @ParentCommand
    RunnerCommand root;

    @Mixin
    EmbeddedOptions embedded;

    @Spec
    CommandSpec spec;

    @Option(names = "--verbose", description = "Print details of each step.")
    boolean verbose;

    @Override
    public final Integer call() {
        LogFormat logFormat = root.logFormat();
        logFormat.configureLibraryLogging();
        Configuration configuration = SettingsOptions.resolver(spec, root.environment()).resolve();
        Map<String, String> logFields = new LinkedHashMap<>();
        logFields.put("command", spec.name());
        logFields.put("keyspace", configuration.keyspace());
        // A command whose standard output is a document for machines sends its progress to standard error.
        PrintStream progress = writesDocumentToStandardOutput() ? root.err() : root.out();
        Reporter reporter = new ConsoleReporter(progress, root.err(), verbose, logFormat, logFields);
        try (EmbeddedOptions.Started nodes = embedded.startIfRequested(reporter);
             CassandraConnection connection = CassandraConnection.open(nodes == null ? configuration
                     : embedded.connectingTo(nodes, SettingsOptions.resolver(spec, root.environment())),
                     reporter)) {
            return run(connection, reporter);
        }
    }

    /** Whether standard output carries only a machine-readable document, such as a JSON report. */
    protected boolean writesDocumentToStandardOutput() {
        return false;
    }

    /** Runs the operation and returns the exit code; failures are thrown as engine exceptions. */
    protected abstract int run(CassandraConnection connection, Reporter reporter);
}
