package org.cqlshift.internal.lint;

import org.cqlshift.api.lint.LintRule;

/** A lint rule: it looks at one statement, with the schema as it stands before it, and reports what it finds. */
public interface Rule {

    LintRule description();

    /**
     * @param schema the schema before the statement; the linter applies the statement after every rule ran
     */
    void check(LintStatement statement, KnownSchema schema, LintContext context, Findings findings);

    default String id() {
        return description().id();
    }
}
