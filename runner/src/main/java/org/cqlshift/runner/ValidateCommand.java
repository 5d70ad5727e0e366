package org.cqlshift.runner;

import org.cqlshift.api.CassandraConnection;
import org.cqlshift.api.Reporter;
import org.cqlshift.api.migration.Migrator;
import picocli.CommandLine.Command;

@Command(name = "validate", mixinStandardHelpOptions = true, description = "Fail, naming each, when applied scripts were edited or removed.")
final class ValidateCommand extends ConnectedCommand {

    @Override
    protected int run(CassandraConnection connection, Reporter reporter) {
        Migrator.create(connection, reporter).validate();
        return 0;
    }
}
