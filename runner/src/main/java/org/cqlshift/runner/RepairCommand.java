package org.cqlshift.runner;

import org.cqlshift.api.CassandraConnection;
import org.cqlshift.api.Reporter;
import org.cqlshift.api.migration.Migrator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "repair", description = "After fixing things by hand: clear failed entries and accept edited"
        + " scripts, recording why.")
final class RepairCommand extends ConnectedCommand {

    @Option(names = "--reason", paramLabel = "TEXT", required = true, description = "Why, kept in the history.")
    String reason;

    @Override
    protected int run(CassandraConnection connection, Reporter reporter) {
        Migrator.create(connection, reporter).repair(reason);
        return 0;
    }
}
