package org.cqlshift.internal.lint.rules;

import org.cqlshift.api.lint.Severity;
import org.cqlshift.internal.ddl.Ddl;
import org.cqlshift.internal.lint.Findings;
import org.cqlshift.internal.lint.KnownSchema;
import org.cqlshift.internal.lint.LintContext;
import org.cqlshift.internal.lint.LintStatement;

/** {@code ALTER TABLE ... ALTER c TYPE t}, which Cassandra refuses since 3.0.11. */
public final class ColumnTypeChangeRule extends BaseRule {

    public ColumnTypeChangeRule() {
        super("column-type-change", Severity.ERROR, "a column type change");
    }

    @Override
    public void check(LintStatement statement, KnownSchema schema, LintContext context, Findings findings) {
        if (statement.ddl() instanceof Ddl.AlterTable alter && alter.alteration() instanceof Ddl.AlterColumnType change) {
            findings.add(this, change.column(), "Changing the type of " + change.column().text() + " to "
                            + change.type().text() + " fails: Cassandra refuses ALTER ... TYPE since 3.0.11, as the"
                            + " values already written are encoded with the old type.",
                    "Add a column with the new type (ALTER TABLE " + alter.name().written() + " ADD "
                            + change.column().text() + "_new " + change.type().text() + "), have the application write"
                            + " both and copy the old values over, then drop the old column in a later script.");
        }
    }
}
