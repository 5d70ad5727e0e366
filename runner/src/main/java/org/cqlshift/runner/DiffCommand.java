package org.cqlshift.runner;

import java.util.Optional;
import org.cqlshift.api.CqlShift;
import org.cqlshift.api.CqlShiftException;
import org.cqlshift.api.schema.SchemaDiff;
import org.cqlshift.api.schema.SchemaDriftException;
import picocli.CommandLine.Command;

@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"Compare the live keyspace with the schema its applied scripts build, replayed on a throw-away"
                + " node of the cluster's release, or with a schema file (--diff-against FILE).",
                "Each difference comes with the CQL that brings the keyspace back in line. Exit 7 if they differ."})
final class DiffCommand extends ReportCommand<SchemaDiff> {

    @Override
    protected SchemaDiff report(CqlShift shift) {
        return shift.diff();
    }

    @Override
    protected Optional<SchemaDiff> reportOf(CqlShiftException failure) {
        return failure instanceof SchemaDriftException drift ? Optional.of(drift.diff()) : Optional.empty();
    }

    @Override
    protected String toJson(SchemaDiff report) {
        return report.toJson();
    }

    @Override
    protected String toText(SchemaDiff report) {
        return report.toText();
    }
}
