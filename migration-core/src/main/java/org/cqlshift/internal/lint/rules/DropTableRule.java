package org.cqlshift.internal.lint.rules;

import org.cqlshift.api.lint.Severity;
import org.cqlshift.internal.ddl.Ddl;
import org.cqlshift.internal.lint.Findings;
import org.cqlshift.internal.lint.KnownSchema;
import org.cqlshift.internal.lint.LintContext;
import org.cqlshift.internal.lint.LintStatement;

/** {@code DROP TABLE}: every row of the table goes. */
public final class DropTableRule extends BaseRule {

    public DropTableRule() {
        super("drop-table", Severity.WARNING, "DROP TABLE deletes the table and all its rows");
    }

    @Override
    public void check(LintStatement statement, KnownSchema schema, LintContext context, Findings findings) {
        if (statement.ddl() instanceof Ddl.DropTable drop) {
            findings.add(this, drop.name().name(), "DROP TABLE " + drop.name().written() + " deletes the table and"
                            + " every row in it, on every node; only a snapshot (auto_snapshot) can bring it back.",
                    "Check that no application reads or writes " + drop.name().written() + " any more and take a"
                            + " snapshot first (nodetool snapshot). If the drop is intended, allow it:"
                            + " -- cqlshift:allow drop-table <reason>");
        }
    }
}
