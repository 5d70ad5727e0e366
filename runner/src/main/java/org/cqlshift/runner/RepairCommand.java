package org.cqlshift.runner;

import org.cqlshift.api.CqlShift;
import picocli.CommandLine.Command;

@Command(name = "repair", mixinStandardHelpOptions = true, description = {"After fixing things by hand, recording why"
        + " (--repair-reason): accept edited scripts, and clear failures so that migrate resumes after the statements"
        + " recorded as done.", "With --mark-applied, record failed scripts as applied instead."})
final class RepairCommand extends ConnectedCommand {

    @Override
    protected void run(CqlShift shift) {
        shift.repair();
    }
}
