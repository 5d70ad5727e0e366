package org.cqlshift.runner;

import org.cqlshift.api.CassandraConnection;
import org.cqlshift.api.Reporter;
import org.cqlshift.api.workflow.Workflows;
import picocli.CommandLine.Command;

@Command(name = "up", mixinStandardHelpOptions = true,
        description = {"Migrate, then seed, then verify, on one connection: the entry point of a Kubernetes"
                + " init job.",
                "Stops at the first step that fails, with its exit code (4 migrate, 5 seed, 6 verify)."})
final class UpCommand extends ConnectedCommand {

    @Override
    protected int run(CassandraConnection connection, Reporter reporter) {
        try (ConsoleSeedProgress progress = ConsoleSeedProgress.on(root.out())) {
            Workflows.up(connection, progress.around(reporter), progress, root.stopRule());
        }
        return 0;
    }
}
