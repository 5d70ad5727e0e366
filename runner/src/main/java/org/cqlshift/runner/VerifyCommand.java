package org.cqlshift.runner;

import java.util.Optional;
import org.cqlshift.api.CqlShift;
import org.cqlshift.api.CqlShiftException;
import org.cqlshift.api.verify.VerifyException;
import org.cqlshift.api.verify.VerifyReport;
import picocli.CommandLine.Command;

@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "CRUD round trip on every table of the keyspace: insert a synthetic row with a fresh key,"
                + " read it back, update it, delete it. Real rows are never touched. Exit 6 if a table fails.")
final class VerifyCommand extends ReportCommand<VerifyReport> {

    @Override
    protected VerifyReport report(CqlShift shift) {
        return shift.verify();
    }

    @Override
    protected Optional<VerifyReport> reportOf(CqlShiftException failure) {
        return failure instanceof VerifyException verify ? verify.report() : Optional.empty();
    }

    @Override
    protected String toJson(VerifyReport report) {
        return report.toJson();
    }

    @Override
    protected String toText(VerifyReport report) {
        return report.toText();
    }
}
