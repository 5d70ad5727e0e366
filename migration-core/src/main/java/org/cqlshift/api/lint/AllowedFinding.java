package org.cqlshift.api.lint;

import java.util.Objects;

/**
 * A finding that its statement opted out of with {@code -- cqlshift:allow <rule-id> <reason>}: it does not count,
 * and the reason is kept, for the migration history.
 */
public record AllowedFinding(LintFinding finding, String reason) {

    public AllowedFinding {
        Objects.requireNonNull(finding, "finding");
        Objects.requireNonNull(reason, "reason");
    }
}
