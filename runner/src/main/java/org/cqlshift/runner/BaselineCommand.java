package org.cqlshift.runner;

import org.cqlshift.api.CqlShift;
import picocli.CommandLine.Command;

@Command(name = "baseline", mixinStandardHelpOptions = true,
        description = "Mark an existing schema as migrated up to --baseline-version, to adopt the tool.")
final class BaselineCommand extends ConnectedCommand {

    @Override
    protected void run(CqlShift shift) {
        shift.baseline();
    }
}
