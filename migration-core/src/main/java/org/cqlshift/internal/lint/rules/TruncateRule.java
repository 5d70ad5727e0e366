package org.cqlshift.internal.lint.rules;

import org.cqlshift.api.lint.Severity;
import org.cqlshift.internal.ddl.Ddl;
import org.cqlshift.internal.lint.Findings;
import org.cqlshift.internal.lint.KnownSchema;
import org.cqlshift.internal.lint.LintContext;
import org.cqlshift.internal.lint.LintStatement;

/** {@code TRUNCATE}: every row goes, and every node must be up. */
public final class TruncateRule extends BaseRule {

    public TruncateRule() {
        super("truncate", Severity.WARNING, "TRUNCATE deletes every row of a table");
    }

    @Override
    public void check(LintStatement statement, KnownSchema schema, LintContext context, Findings findings) {
        if (statement.ddl() instanceof Ddl.Truncate truncate) {
            findings.add(this, truncate.name().name(), "TRUNCATE " + truncate.name().written() + " deletes every"
                            + " row of the table; it needs every node up, and fails (part done) when one is not.",
                    "Make sure the data is not needed (or snapshot it), then allow it:"
                            + " -- cqlshift:allow truncate <reason>");
        }
    }
}
