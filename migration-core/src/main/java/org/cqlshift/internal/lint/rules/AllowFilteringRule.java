package org.cqlshift.internal.lint.rules;

import java.util.List;
import org.cqlshift.api.lint.Severity;
import org.cqlshift.internal.ddl.Token;
import org.cqlshift.internal.lint.Findings;
import org.cqlshift.internal.lint.KnownSchema;
import org.cqlshift.internal.lint.LintContext;
import org.cqlshift.internal.lint.LintStatement;

/** {@code ALLOW FILTERING} in a script: a scan whose cost grows with the table. */
public final class AllowFilteringRule extends BaseRule {

    public AllowFilteringRule() {
        super("allow-filtering", Severity.WARNING, "ALLOW FILTERING in a script scans the table");
    }

    @Override
    public void check(LintStatement statement, KnownSchema schema, LintContext context, Findings findings) {
        List<Token> tokens = statement.tokens();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (tokens.get(i).is("ALLOW") && tokens.get(i + 1).is("FILTERING")) {
                findings.add(this, tokens.get(i), "ALLOW FILTERING reads every partition the query cannot narrow by"
                                + " its key: fine on a small test table, a timeout on a production one.",
                        "Restrict the query by the partition key, or query a table or index keyed by what it filters"
                                + " on. For a one-off fix on a table known to be small: -- cqlshift:allow"
                                + " allow-filtering <reason>");
            }
        }
    }
}
