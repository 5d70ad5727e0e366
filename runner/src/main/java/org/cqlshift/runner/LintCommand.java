package org.cqlshift.runner;

import org.cqlshift.api.CqlShift;
import org.cqlshift.api.config.Configuration;
import org.cqlshift.api.lint.LintException;
import org.cqlshift.api.lint.LintResult;
import picocli.CommandLine.Command;

@Command(name = "lint", mixinStandardHelpOptions = true,
        description = {"Check the scripts migrate would run next for dangerous DDL, against the live keyspace and"
                + " the cluster's release; with --lint-offline, every script without connecting.",
                "Each finding names the file, line and column. Exit 8 on an error with --lint-errors fail."})
final class LintCommand extends ConnectedCommand {

    @Override
    protected boolean writesDocumentToStandardOutput(Configuration configuration) {
        return json(configuration);
    }

    @Override
    protected void run(CqlShift shift) {
        try {
            print(shift, shift.lint());
        } catch (LintException e) {
            print(shift, e.result());
            throw e;
        }
    }

    /** A JSON document on standard output, or the findings as progress. */
    private void print(CqlShift shift, LintResult result) {
        if (json(shift.configuration())) {
            root.out().println(result.toJson());
            root.out().flush();
        } else {
            reporter().info(result.toText().stripTrailing());
        }
    }
}
