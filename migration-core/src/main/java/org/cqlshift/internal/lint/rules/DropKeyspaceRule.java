package org.cqlshift.internal.lint.rules;

import org.cqlshift.api.lint.Severity;
import org.cqlshift.internal.ddl.Ddl;
import org.cqlshift.internal.lint.Findings;
import org.cqlshift.internal.lint.KnownSchema;
import org.cqlshift.internal.lint.LintContext;
import org.cqlshift.internal.lint.LintStatement;

/** {@code DROP KEYSPACE}: every table of it goes, and for the migrated keyspace the history too. */
public final class DropKeyspaceRule extends BaseRule {

    public DropKeyspaceRule() {
        super("drop-keyspace", Severity.ERROR, "DROP KEYSPACE deletes every table of the keyspace");
    }

    @Override
    public void check(LintStatement statement, KnownSchema schema, LintContext context, Findings findings) {
        if (statement.ddl() instanceof Ddl.DropKeyspace drop) {
            boolean migrated = drop.name().name().equals(context.keyspace());
            findings.add(this, drop.name(), "DROP KEYSPACE " + drop.name().text() + " deletes every table in it"
                            + (migrated ? ", the migration history included: the next migrate starts over from"
                            + " the first script" : "") + ".",
                    "Drop the tables one by one in scripts that say why, or drop the keyspace by hand after a"
                            + " snapshot. If this is intended, allow it: -- cqlshift:allow drop-keyspace <reason>");
        }
    }
}
