package org.cqlshift.runner;

import org.cqlshift.api.CqlShift;
import picocli.CommandLine.Command;

@Command(name = "migrate", mixinStandardHelpOptions = true, description = "Apply the pending CQL scripts in version order.")
final class MigrateCommand extends ConnectedCommand {

    @Override
    protected void run(CqlShift shift) {
        shift.migrate();
    }
}
