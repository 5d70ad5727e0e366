package org.cqlmigrate.runner;

import org.cqlmigrate.api.CassandraConnection;
import org.cqlmigrate.api.Reporter;
import org.cqlmigrate.api.migration.Migrator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "baseline", description = "Mark an existing schema as migrated up to a version, to adopt the tool.")
final class BaselineCommand extends ConnectedCommand {

    @Option(names = "--version", paramLabel = "VERSION", required = true,
            description = "The last script version the keyspace's schema already holds.")
    int version;

    @Override
    protected int run(CassandraConnection connection, Reporter reporter) {
        Migrator.create(connection, reporter).baseline(version);
        return 0;
    }
}
