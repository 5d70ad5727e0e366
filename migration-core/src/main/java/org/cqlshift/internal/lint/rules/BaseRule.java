package org.cqlshift.internal.lint.rules;

import org.cqlshift.api.lint.LintRule;
import org.cqlshift.api.lint.Severity;
import org.cqlshift.internal.lint.Rule;

/** A rule's description, given once by its constructor. */
abstract class BaseRule implements Rule {

    private final LintRule description;

    BaseRule(String id, Severity severity, String summary) {
        this(id, severity, summary, false);
    }

    BaseRule(String id, Severity severity, String summary, boolean needsLiveSchema) {
        this.description = new LintRule(id, severity, summary, needsLiveSchema);
    }

    @Override
    public final LintRule description() {
        return description;
    }
}
