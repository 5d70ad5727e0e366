package org.cqlshift.runner;

import org.cqlshift.api.CqlShift;
import org.cqlshift.api.OutputFormat;
import org.cqlshift.api.config.Configuration;
import org.cqlshift.api.verify.VerifyException;
import org.cqlshift.api.verify.VerifyReport;
import picocli.CommandLine.Command;

@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "CRUD round trip on every table of the keyspace: insert a synthetic row with a fresh key,"
                + " read it back, update it, delete it. Real rows are never touched. Exit 6 if a table fails.")
final class VerifyCommand extends ConnectedCommand {

    @Override
    protected boolean writesDocumentToStandardOutput(Configuration configuration) {
        return json(configuration);
    }

    @Override
    protected void run(CqlShift shift) {
        try {
            print(shift, shift.verify());
        } catch (VerifyException e) {
            e.report().ifPresent(report -> print(shift, report));
            throw e;
        }
    }

    /** A JSON document on standard output, or the text report as progress. */
    private void print(CqlShift shift, VerifyReport report) {
        if (json(shift.configuration())) {
            root.out().print(report.render(OutputFormat.JSON));
            root.out().flush();
        } else {
            reporter().info(report.toText().stripTrailing());
        }
    }
}
