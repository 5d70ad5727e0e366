package org.cqlshift.internal.lint.rules;

import org.cqlshift.api.lint.Severity;
import org.cqlshift.internal.lint.Findings;
import org.cqlshift.internal.lint.KnownSchema;
import org.cqlshift.internal.lint.LintContext;
import org.cqlshift.internal.lint.LintStatement;

/**
 * A {@code -- cqlshift:allow} line whose rule found nothing in its statement. Only the linter can tell, once every
 * other rule ran: {@link #check} does nothing.
 */
public final class UnusedAllowRule extends BaseRule {

    public UnusedAllowRule() {
        super("unused-allow", Severity.WARNING, "a cqlshift:allow line that allows nothing");
    }

    @Override
    public void check(LintStatement statement, KnownSchema schema, LintContext context, Findings findings) {
        // The linter reports unused opt-outs after the other rules; see Linter.
    }
}
