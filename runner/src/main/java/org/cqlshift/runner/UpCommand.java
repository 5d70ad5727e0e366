package org.cqlshift.runner;

import org.cqlshift.api.CqlShift;
import org.cqlshift.api.CqlShiftBuilder;
import picocli.CommandLine.Command;

@Command(name = "up", mixinStandardHelpOptions = true,
        description = {"Migrate, then seed, then verify, on one connection: the entry point of a Kubernetes"
                + " init job.",
                "Stops at the first step that fails, with its exit code (4 migrate, 5 seed, 6 verify)."})
final class UpCommand extends ConnectedCommand {

    @Override
    protected void listeners(CqlShiftBuilder builder) {
        drawSeedProgress(builder);
    }

    @Override
    protected void run(CqlShift shift) {
        shift.up();
    }
}
