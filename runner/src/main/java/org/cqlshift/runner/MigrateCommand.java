package org.cqlshift.runner;

import org.cqlshift.api.CqlShift;
import picocli.CommandLine.Command;

@Command(name = "migrate", mixinStandardHelpOptions = true, description = "Lint the pending CQL scripts, then apply them in version order.")
final class MigrateCommand extends ConnectedCommand {

    @Override
    protected void run(CqlShift shift) {
        shift.migrate();
    }
}
