package org.cqlshift.runner;

import org.cqlshift.api.CqlShift;
import picocli.CommandLine.Command;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Fail, naming each, when applied scripts were edited or removed.")
final class ValidateCommand extends ConnectedCommand {

    @Override
    protected void run(CqlShift shift) {
        shift.validate();
    }
}
