package org.cqlshift.internal.lint.rules;

import org.cqlshift.api.lint.Severity;
import org.cqlshift.internal.lint.Findings;
import org.cqlshift.internal.lint.KnownSchema;
import org.cqlshift.internal.lint.LintContext;
import org.cqlshift.internal.lint.LintStatement;

/** A column added again with the type it was dropped with. */
public final class ReaddDroppedColumnRule extends BaseRule {

    public ReaddDroppedColumnRule() {
        super("readd-dropped-column", Severity.WARNING, "a dropped column added again");
    }

    @Override
    public void check(LintStatement statement, KnownSchema schema, LintContext context, Findings findings) {
        for (ReaddedColumns.Readded readded : ReaddedColumns.of(statement, schema, context)) {
            if (readded.sameType()) {
                findings.add(this, readded.column().name(), "Column " + readded.column().name().text() + " of "
                                + readded.table() + " was dropped before and comes back empty: the values it held stay"
                                + " deleted, though old data files still hold them until compaction.",
                        "Use a new name if the column means something new; if it is the same column coming back,"
                                + " allow it: -- cqlshift:allow readd-dropped-column <reason>");
            }
        }
    }
}
