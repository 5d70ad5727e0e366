package org.cqlshift.runner;

import org.cqlshift.api.CqlShift;
import org.cqlshift.api.config.Configuration;
import picocli.CommandLine.Command;

@Command(name = "info", mixinStandardHelpOptions = true,
        description = "Show each script's state: pending, success, out-of-order, failed, interrupted, changed, missing,"
                + " baseline, outdated, superseded. Repeatable scripts (R__*.cql) come last, without a version.")
final class InfoCommand extends ConnectedCommand {

    @Override
    protected boolean writesDocumentToStandardOutput(Configuration configuration) {
        return json(configuration);
    }

    @Override
    protected void run(CqlShift shift) {
        root.out().print(shift.info().render(shift.configuration().format()));
        root.out().flush();
    }
}
