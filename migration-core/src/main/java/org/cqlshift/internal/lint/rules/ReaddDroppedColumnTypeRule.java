package org.cqlshift.internal.lint.rules;

import org.cqlshift.api.lint.Severity;
import org.cqlshift.internal.lint.Findings;
import org.cqlshift.internal.lint.KnownSchema;
import org.cqlshift.internal.lint.LintContext;
import org.cqlshift.internal.lint.LintStatement;

/** A dropped column added again with another type: Cassandra refuses it, ScyllaDB corrupts reads. */
public final class ReaddDroppedColumnTypeRule extends BaseRule {

    public ReaddDroppedColumnTypeRule() {
        super("readd-dropped-column-type", Severity.ERROR, "a dropped column added again with another type");
    }

    @Override
    public void check(LintStatement statement, KnownSchema schema, LintContext context, Findings findings) {
        for (ReaddedColumns.Readded readded : ReaddedColumns.of(statement, schema, context)) {
            if (!readded.sameType()) {
                findings.add(this, readded.column().type().at(), "Column " + readded.column().name().text() + " of "
                                + readded.table() + " was dropped with type " + readded.droppedType() + " and is added"
                                + " again as " + readded.column().type().text() + ": Cassandra refuses it (\"incompatible"
                                + " with previously dropped column\"), and ScyllaDB accepts it and then misreads the old"
                                + " data files.",
                        "Give the new column another name, such as " + readded.column().name().text() + "_v2.");
            }
        }
    }
}
