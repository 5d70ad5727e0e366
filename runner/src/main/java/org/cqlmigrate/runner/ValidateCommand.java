package org.cqlmigrate.runner;

import org.cqlmigrate.api.CassandraConnection;
import org.cqlmigrate.api.Reporter;
import org.cqlmigrate.api.migration.Migrator;
import picocli.CommandLine.Command;

@Command(name = "validate", description = "Fail, naming each, when applied scripts were edited or removed.")
final class ValidateCommand extends ConnectedCommand {

    @Override
    protected int run(CassandraConnection connection, Reporter reporter) {
        Migrator.create(connection, reporter).validate();
        return 0;
    }
}
