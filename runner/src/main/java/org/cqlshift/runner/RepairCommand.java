package org.cqlshift.runner;

import org.cqlshift.api.CassandraConnection;
import org.cqlshift.api.Reporter;
import org.cqlshift.api.migration.Migrator;
import org.cqlshift.api.migration.RepairMode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "repair", mixinStandardHelpOptions = true, description = {"After fixing things by hand, recording why: accept edited scripts, and"
        + " clear failures so that migrate resumes after the statements recorded as done.",
        "With --mark-applied, record failed scripts as applied instead."})
final class RepairCommand extends ConnectedCommand {

    @Option(names = "--reason", paramLabel = "TEXT", required = true, description = "Why, kept in the history.")
    String reason;

    @Option(names = "--mark-applied", description = "Record failed or interrupted scripts as applied, with their"
            + " current checksum: for a hand fix that completed them.")
    boolean markApplied;

    @Override
    protected int run(CassandraConnection connection, Reporter reporter) {
        Migrator.create(connection, reporter).repair(reason, markApplied ? RepairMode.MARK_APPLIED : RepairMode.RESUME);
        return 0;
    }
}
