package org.cqlshift.internal.lint.rules;

import java.util.Set;
import org.cqlshift.api.lint.Severity;
import org.cqlshift.internal.lint.Allowances;
import org.cqlshift.internal.lint.Findings;
import org.cqlshift.internal.lint.KnownSchema;
import org.cqlshift.internal.lint.LintContext;
import org.cqlshift.internal.lint.LintStatement;

/** A {@code -- cqlshift:allow} line without a known rule id or without a reason. */
public final class InvalidAllowRule extends BaseRule {

    private final Set<String> ruleIds;

    /** @param ruleIds the ids an allowance may name */
    public InvalidAllowRule(Set<String> ruleIds) {
        super("invalid-allow", Severity.ERROR, "a cqlshift:allow line without a known rule id and a reason");
        this.ruleIds = Set.copyOf(ruleIds);
    }

    @Override
    public void check(LintStatement statement, KnownSchema schema, LintContext context, Findings findings) {
        for (Allowances.Allowance allowance : statement.allowances()) {
            String written = "-- " + Allowances.MARKER + " <rule-id> <reason>";
            if (allowance.ruleId().isEmpty()) {
                findings.add(this, allowance.line(), allowance.column(), "The opt-out names no rule.",
                        "Write it as " + written + ".");
            } else if (!ruleIds.contains(allowance.ruleId())) {
                findings.add(this, allowance.line(), allowance.column(), "There is no lint rule "
                                + allowance.ruleId() + ".",
                        OptionNotInTargetRule.closest(allowance.ruleId(), ruleIds).map(id -> "Did you mean " + id + "?")
                                .orElse("The rules are listed in docs/lint.md."));
            } else if (allowance.reason().isBlank()) {
                findings.add(this, allowance.line(), allowance.column(), "The opt-out from " + allowance.ruleId()
                                + " gives no reason; the reason is what reviewers and the migration history keep.",
                        "Say why the statement is right as it is: -- " + Allowances.MARKER + " " + allowance.ruleId()
                                + " <reason>");
            }
        }
    }
}
