package org.cqlshift.runner;

import org.cqlshift.api.CqlShift;
import org.cqlshift.api.config.Configuration;
import org.cqlshift.api.schema.SchemaDiff;
import org.cqlshift.api.schema.SchemaDriftException;
import picocli.CommandLine.Command;

@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"Compare the live keyspace with the schema its applied scripts build, replayed on a throw-away"
                + " node of the cluster's release, or with a schema file (--diff-against FILE).",
                "Each difference comes with the CQL that brings the keyspace back in line. Exit 7 if they differ."})
final class DiffCommand extends ConnectedCommand {

    @Override
    protected boolean writesDocumentToStandardOutput(Configuration configuration) {
        return json(configuration);
    }

    @Override
    protected void run(CqlShift shift) {
        try {
            print(shift, shift.diff());
        } catch (SchemaDriftException e) {
            print(shift, e.diff());
            throw e;
        }
    }

    /** A JSON document on standard output, or the text as progress. */
    private void print(CqlShift shift, SchemaDiff diff) {
        if (json(shift.configuration())) {
            root.out().println(diff.toJson());
            root.out().flush();
        } else {
            reporter().info(diff.toText().stripTrailing());
        }
    }
}
