package org.cqlshift.runner;

import org.cqlshift.api.CassandraConnection;
import org.cqlshift.api.Reporter;
import org.cqlshift.api.migration.MigrationInfo;
import org.cqlshift.api.migration.Migrator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "info", mixinStandardHelpOptions = true, description = "Show each script's state: pending, success, failed, changed, missing, baseline.")
final class InfoCommand extends ConnectedCommand {

    enum Format { TABLE, JSON }

    @Option(names = "--format", paramLabel = "table|json", defaultValue = "table",
            description = "Output format (default ${DEFAULT-VALUE}).")
    Format format;

    @Override
    protected int run(CassandraConnection connection, Reporter reporter) {
        MigrationInfo info = Migrator.create(connection, reporter).info();
        root.out().print(format == Format.JSON ? info.toJson() + System.lineSeparator() : info.toTable());
        root.out().flush();
        return 0;
    }
}
