package org.cqlmigrate.runner;

import java.util.concurrent.Callable;
import org.cqlmigrate.api.CassandraConnection;
import org.cqlmigrate.api.Reporter;
import org.cqlmigrate.api.config.Configuration;
import org.cqlmigrate.embedded.EmbeddedCassandra;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * A command that resolves the configuration, connects, runs one engine operation and returns its
 * exit code. Engine errors propagate to {@link ErrorHandler}, which maps them to exit codes.
 */
abstract class ConnectedCommand implements Callable<Integer> {

    @ParentCommand
    RunnerCommand root;

    @Mixin
    SettingsOptions settings;

    @Mixin
    EmbeddedOptions embedded;

    @Option(names = "--verbose", description = "Print details of each step.")
    boolean verbose;

    @Override
    public final Integer call() {
        Configuration configuration = settings.resolver(root.environment()).resolve();
        Reporter reporter = new ConsoleReporter(root.out(), root.err(), verbose);
        try (EmbeddedCassandra node = embedded.startIfRequested(reporter);
             CassandraConnection connection = CassandraConnection.open(node == null ? configuration
                     : EmbeddedOptions.connectingTo(node, settings.resolver(root.environment())))) {
            return run(connection, reporter);
        }
    }

    /** Runs the operation and returns the exit code; failures are thrown as engine exceptions. */
    protected abstract int run(CassandraConnection connection, Reporter reporter);
}
