package org.cqlshift.internal.lint.rules;

import java.util.Optional;
import org.cqlshift.api.lint.Severity;
import org.cqlshift.internal.ddl.DdlReader;
import org.cqlshift.internal.lint.Findings;
import org.cqlshift.internal.lint.KnownSchema;
import org.cqlshift.internal.lint.KnownTable;
import org.cqlshift.internal.lint.LintContext;
import org.cqlshift.internal.lint.LintStatement;

/** A new compaction strategy for an existing table: every node rewrites all of its data. */
public final class CompactionChangeRule extends BaseRule {

    public CompactionChangeRule() {
        super("compaction-change", Severity.WARNING, "a compaction strategy change on an existing table");
    }

    @Override
    public void check(LintStatement statement, KnownSchema schema, LintContext context, Findings findings) {
        Optional<Statements.OptionTarget> target = Statements.alteredOptions(statement.ddl());
        if (target.isEmpty()) {
            return;
        }
        Optional<KnownTable> table = Statements.table(schema, target.get().name(), context);
        if (table.isEmpty()) {
            return;
        }
        Optional<String> current = Statements.current(table.get(), "compaction", context.target())
                .flatMap(Statements::className);
        DdlReader.option(target.get().options(), "compaction").ifPresent(value -> {
            Optional<String> wanted = Statements.className(value.cql());
            if (wanted.isPresent() && current.isPresent() && !wanted.equals(current)) {
                findings.add(this, value.at(), "This changes the compaction strategy of "
                                + target.get().name().written() + " from " + current.get() + " to " + wanted.get()
                                + ": every node rewrites all of the table's data files, which takes disk I/O and free"
                                + " space (up to the table's size again) while it runs.",
                        "Run it when the cluster is quiet and has the free disk. On a large table, try the strategy"
                                + " on one node first through JMX (ColumnFamilyStoreMBean.setCompactionParametersJson);"
                                + " then allow it: -- cqlshift:allow compaction-change <reason>");
            }
        });
    }
}
