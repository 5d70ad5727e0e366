package org.cqlshift.internal.lint.rules;

import org.cqlshift.api.lint.Severity;
import org.cqlshift.internal.ddl.Ddl;
import org.cqlshift.internal.lint.Findings;
import org.cqlshift.internal.lint.KnownSchema;
import org.cqlshift.internal.lint.LintContext;
import org.cqlshift.internal.lint.LintStatement;

/** {@code CREATE MATERIALIZED VIEW}: experimental, and off by default from 4.0 on. */
public final class MaterializedViewRule extends BaseRule {

    public MaterializedViewRule() {
        super("materialized-view", Severity.WARNING, "materialized views are experimental and off by default");
    }

    @Override
    public void check(LintStatement statement, KnownSchema schema, LintContext context, Findings findings) {
        if (statement.ddl() instanceof Ddl.CreateView view) {
            findings.add(this, view.name().name(), "Materialized views are experimental: a view can fall out of"
                            + " step with its base table, and nothing detects or repairs that. Cassandra "
                            + context.target().label() + " refuses to create one unless materialized_views_enabled"
                            + " is set in cassandra.yaml.",
                    "Keep a second table keyed by what the view is keyed by, written by the application together"
                            + " with the base table (a logged batch)"
                            + (context.target().hasSai() ? ", or query the base table through an SAI index" : "")
                            + ". If the cluster enables views and you accept the risk, allow it:"
                            + " -- cqlshift:allow materialized-view <reason>");
        }
    }
}
