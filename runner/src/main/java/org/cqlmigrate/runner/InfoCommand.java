package org.cqlmigrate.runner;

import org.cqlmigrate.api.CassandraConnection;
import org.cqlmigrate.api.Reporter;
import org.cqlmigrate.api.migration.MigrationInfo;
import org.cqlmigrate.api.migration.Migrator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "info", description = "Show each script's state: pending, success, failed, changed, missing, baseline.")
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
