package org.cqlshift.runner;

import org.cqlshift.api.CassandraConnection;
import org.cqlshift.api.Reporter;
import org.cqlshift.api.workflow.Workflows;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "migrate", mixinStandardHelpOptions = true, description = "Apply the pending CQL scripts in version order.")
final class MigrateCommand extends ConnectedCommand {

    @Option(names = "--dry-run", description = "Print every pending statement, resolved; execute and create nothing.")
    boolean dryRun;

    @Option(names = "--target", paramLabel = "VERSION", description = "Stop after this version.")
    Integer target;

    @Override
    protected int run(CassandraConnection connection, Reporter reporter) {
        Workflows.migrate(connection, reporter, dryRun, target);
        return 0;
    }
}
