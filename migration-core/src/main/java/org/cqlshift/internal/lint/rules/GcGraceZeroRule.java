package org.cqlshift.internal.lint.rules;

import java.util.Optional;
import org.cqlshift.api.lint.Severity;
import org.cqlshift.internal.ddl.DdlReader;
import org.cqlshift.internal.lint.Findings;
import org.cqlshift.internal.lint.KnownSchema;
import org.cqlshift.internal.lint.LintContext;
import org.cqlshift.internal.lint.LintStatement;

/** {@code gc_grace_seconds = 0}: tombstones may go before every replica has seen them. */
public final class GcGraceZeroRule extends BaseRule {

    static final String OPTION = "gc_grace_seconds";

    public GcGraceZeroRule() {
        super("gc-grace-zero", Severity.ERROR, "gc_grace_seconds set to 0");
    }

    @Override
    public void check(LintStatement statement, KnownSchema schema, LintContext context, Findings findings) {
        Optional<Statements.OptionTarget> target = Statements.optionTarget(statement.ddl());
        if (target.isEmpty()) {
            return;
        }
        DdlReader.option(target.get().options(), OPTION).filter(value -> seconds(value.value()) == 0)
                .ifPresent(value -> findings.add(this, value.at(), "gc_grace_seconds = 0 on "
                                + target.get().name().written() + " lets compaction purge a delete's tombstone at once:"
                                + " a replica that missed the delete brings the data back, and no hints are kept for"
                                + " the table.",
                        "Keep gc_grace_seconds longer than a repair of the cluster takes (the default is 864000, 10"
                                + " days). For a table whose rows only expire by TTL, and are never deleted or"
                                + " overwritten with nulls, 0 is safe: -- cqlshift:allow gc-grace-zero <reason>"));
    }

    /** The value as a number of seconds, or -1 when it is none. */
    static long seconds(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
