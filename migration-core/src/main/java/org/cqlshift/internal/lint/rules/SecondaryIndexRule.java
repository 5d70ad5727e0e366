package org.cqlshift.internal.lint.rules;

import org.cqlshift.api.lint.Severity;
import org.cqlshift.internal.ddl.Ddl;
import org.cqlshift.internal.lint.Findings;
import org.cqlshift.internal.lint.KnownSchema;
import org.cqlshift.internal.lint.LintContext;
import org.cqlshift.internal.lint.LintStatement;

/** A legacy secondary index where the target release has SAI. */
public final class SecondaryIndexRule extends BaseRule {

    /** The class name Cassandra 5.0 gives the legacy index in {@code USING}. */
    private static final String LEGACY = "legacy_local_table";

    public SecondaryIndexRule() {
        super("secondary-index", Severity.WARNING, "a legacy secondary index where SAI is available");
    }

    @Override
    public void check(LintStatement statement, KnownSchema schema, LintContext context, Findings findings) {
        if (!(statement.ddl() instanceof Ddl.CreateIndex index) || index.custom() || !context.target().hasSai()) {
            return;
        }
        if (index.using().isEmpty() || LEGACY.equalsIgnoreCase(index.using().get().value())) {
            String name = index.name().map(token -> token.text() + " ").orElse("");
            findings.add(this, statement.keyword("INDEX"), "A legacy secondary index: a query on it asks every node"
                            + " that holds a token range, and the index is a hidden table that grows with the data;"
                            + " Cassandra " + context.target().label() + " has storage-attached indexes (SAI), which"
                            + " cost less to write and to query.",
                    "CREATE INDEX " + name + "ON " + index.table().written() + " (" + index.target()
                            + ") USING 'sai';");
        }
    }
}
