package org.cqlshift.internal.migration;

import java.util.List;
import org.cqlshift.api.lint.LintResult;

/**
 * Lints what migrate is about to run, before it runs anything. The caller gives it, so that migration needs
 * nothing of lint but its result.
 */
@FunctionalInterface
public interface PendingLint {

    /** @param pending the scripts migrate will run, in order, each from the statement it starts at */
    LintResult lint(List<AppliedHistory.Pending> pending);
}
