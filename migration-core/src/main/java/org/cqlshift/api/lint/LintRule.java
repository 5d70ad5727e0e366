package org.cqlshift.api.lint;

import java.util.Objects;

/**
 * A lint rule as users see it: its stable id, which {@code -- cqlshift:allow <id> <reason>} names, its severity,
 * what it checks, and whether it needs the live schema (rules that do are skipped when lint runs without a
 * connection).
 */
public record LintRule(String id, Severity severity, String summary, boolean needsLiveSchema) {

    public LintRule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(summary, "summary");
    }
}
