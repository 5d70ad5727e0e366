package org.cqlshift.internal.lint.rules;

import java.util.Optional;
import org.cqlshift.api.lint.Severity;
import org.cqlshift.internal.ddl.DdlReader;
import org.cqlshift.internal.lint.Findings;
import org.cqlshift.internal.lint.KnownSchema;
import org.cqlshift.internal.lint.LintContext;
import org.cqlshift.internal.lint.LintStatement;

/** gc_grace_seconds lowered on an existing table: repairs must now finish sooner. */
public final class GcGraceLoweredRule extends BaseRule {

    public GcGraceLoweredRule() {
        super("gc-grace-lowered", Severity.WARNING, "gc_grace_seconds lowered on an existing table");
    }

    @Override
    public void check(LintStatement statement, KnownSchema schema, LintContext context, Findings findings) {
        Optional<Statements.OptionTarget> target = Statements.alteredOptions(statement.ddl());
        if (target.isEmpty()) {
            return;
        }
        long current = Statements.table(schema, target.get().name(), context)
                .flatMap(table -> Statements.current(table, GcGraceZeroRule.OPTION, context.target()))
                .or(() -> context.target().tableDefault(GcGraceZeroRule.OPTION, null))
                .map(GcGraceZeroRule::seconds).orElse(-1L);
        DdlReader.option(target.get().options(), GcGraceZeroRule.OPTION)
                .filter(value -> GcGraceZeroRule.seconds(value.value()) > 0
                        && GcGraceZeroRule.seconds(value.value()) < current)
                .ifPresent(value -> findings.add(this, value.at(), "This lowers gc_grace_seconds of "
                                + target.get().name().written() + " from " + current + " to " + value.value()
                                + ": tombstones older than that are purged, so every repair of the table must now"
                                + " finish within " + value.value() + " seconds, or deleted data may come back.",
                        "Check that repairs (or your repair service's cycle) finish in time, and that no node stays"
                                + " down longer than " + value.value() + " seconds; then allow it:"
                                + " -- cqlshift:allow gc-grace-lowered <reason>"));
    }
}
