package org.cqlshift.internal.lint.rules;

import org.cqlshift.api.lint.Severity;
import org.cqlshift.internal.ddl.Ddl;
import org.cqlshift.internal.ddl.Token;
import org.cqlshift.internal.lint.Findings;
import org.cqlshift.internal.lint.KnownSchema;
import org.cqlshift.internal.lint.LintContext;
import org.cqlshift.internal.lint.LintStatement;

/** {@code ALTER TABLE ... DROP}: the column's values go, and its name stays tied to its type. */
public final class DropColumnRule extends BaseRule {

    public DropColumnRule() {
        super("drop-column", Severity.WARNING, "DROP of a column deletes its values");
    }

    @Override
    public void check(LintStatement statement, KnownSchema schema, LintContext context, Findings findings) {
        if (statement.ddl() instanceof Ddl.AlterTable alter && alter.alteration() instanceof Ddl.DropColumns drop) {
            for (Token column : drop.columns()) {
                findings.add(this, column, "Dropping column " + column.text() + " of " + alter.name().written()
                                + " deletes its values; Cassandra remembers the column, and refuses to add it again"
                                + " with another type.",
                        "First deploy code that neither reads nor writes " + column.text() + " (a client that still"
                                + " writes it fails). Then allow the drop: -- cqlshift:allow drop-column <reason>");
            }
        }
    }
}
