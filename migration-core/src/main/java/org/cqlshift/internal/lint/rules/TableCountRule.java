package org.cqlshift.internal.lint.rules;

import org.cqlshift.api.lint.Severity;
import org.cqlshift.internal.ddl.Ddl;
import org.cqlshift.internal.lint.Findings;
import org.cqlshift.internal.lint.KnownSchema;
import org.cqlshift.internal.lint.LintContext;
import org.cqlshift.internal.lint.LintStatement;

/** A new table when the cluster's table count nears its guardrail. */
public final class TableCountRule extends BaseRule {

    /** Warn from this share of the threshold on, so that there is room left to act. */
    private static final int NEAR_PERCENT = 80;

    public TableCountRule() {
        super("table-count", Severity.WARNING, "the table count nears the guardrail", true);
    }

    @Override
    public void check(LintStatement statement, KnownSchema schema, LintContext context, Findings findings) {
        boolean creates = statement.ddl() instanceof Ddl.CreateTable || statement.ddl() instanceof Ddl.CreateView;
        if (!creates || context.userTables().isEmpty()) {
            return;
        }
        int after = context.userTables().getAsInt() + schema.tablesAdded() + 1;
        if (after * 100 >= context.tableThreshold() * NEAR_PERCENT) {
            String nearOrPast = after > context.tableThreshold() ? "past" : "near";
            findings.add(this, statement.first(), "After this statement the cluster holds " + after + " tables and"
                            + " views, " + nearOrPast + " the threshold of " + context.tableThreshold() + ": every"
                            + " table costs memory on every node (about 1 MB of heap), and past the threshold Cassandra"
                            + " warns or refuses.",
                    "Share a table between tenants or features (a column that says which) instead of a table each,"
                            + " and drop the tables no longer used; or raise tables_warn_threshold if the nodes have the"
                            + " memory, then allow it: -- cqlshift:allow table-count <reason>");
        }
    }
}
