package org.cqlshift.runner;

import java.util.Optional;
import org.cqlshift.api.CqlShift;
import org.cqlshift.api.CqlShiftException;
import org.cqlshift.api.lint.LintException;
import org.cqlshift.api.lint.LintResult;
import picocli.CommandLine.Command;

@Command(name = "lint", mixinStandardHelpOptions = true,
        description = {"Check the scripts migrate would run next for dangerous DDL, against the live keyspace and"
                + " the cluster's release; with --lint-offline, every script without connecting.",
                "Each finding names the file, line and column. Exit 8 on an error with --lint-errors fail."})
final class LintCommand extends ReportCommand<LintResult> {

    @Override
    protected LintResult report(CqlShift shift) {
        return shift.lint();
    }

    @Override
    protected Optional<LintResult> reportOf(CqlShiftException failure) {
        return failure instanceof LintException lint ? Optional.of(lint.result()) : Optional.empty();
    }

    @Override
    protected String toJson(LintResult report) {
        return report.toJson();
    }

    @Override
    protected String toText(LintResult report) {
        return report.toText();
    }
}
