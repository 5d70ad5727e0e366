package org.cqlshift.runner;

import org.cqlshift.api.CassandraConnection;
import org.cqlshift.api.Reporter;
import org.cqlshift.api.migration.MigrateOptions;
import org.cqlshift.api.migration.Migrator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "migrate", description = "Apply the pending CQL scripts in version order.")
final class MigrateCommand extends ConnectedCommand {

    @Option(names = "--dry-run", description = "Print every pending statement, resolved; execute and create nothing.")
    boolean dryRun;

    @Option(names = "--target", paramLabel = "VERSION", description = "Stop after this version.")
    Integer target;

    @Override
    protected int run(CassandraConnection connection, Reporter reporter) {
        MigrateOptions.Builder options = MigrateOptions.builder().dryRun(dryRun).releaseLockOnShutdown(true);
        if (target != null) {
            options.target(target);
        }
        Migrator.create(connection, reporter).migrate(options.build());
        return 0;
    }
}
