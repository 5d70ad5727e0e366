package org.cqlshift.api.lint;

import org.cqlshift.api.CqlShiftException;
import org.cqlshift.api.Failure;

/** Lint found errors, and the caller asked for errors to stop the run; {@link #result()} holds every finding. */
public class LintException extends CqlShiftException {

    private final transient LintResult result;

    public LintException(LintResult result) {
        super(Failure.LINT, message(result),
                "Fix each error as its 'fix' line says. If a statement is intended as it is, put the line"
                        + " '-- cqlshift:allow <rule-id> <reason>' before it; the reason is kept with the migration.",
                null);
        this.result = result;
    }

    private static String message(LintResult result) {
        StringBuilder message = new StringBuilder(result.headline());
        result.errors().forEach(finding -> message.append(System.lineSeparator()).append("  ")
                .append(finding.headline()));
        return message.toString();
    }

    public LintResult result() {
        return result;
    }
}
