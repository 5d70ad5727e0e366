package org.cqlshift.internal.lint.rules;

import java.util.Optional;
import java.util.Set;
import org.cqlshift.api.lint.Severity;
import org.cqlshift.internal.ddl.CqlText;
import org.cqlshift.internal.ddl.Ddl;
import org.cqlshift.internal.ddl.DdlReader;
import org.cqlshift.internal.lint.Findings;
import org.cqlshift.internal.lint.KnownSchema;
import org.cqlshift.internal.lint.LintContext;
import org.cqlshift.internal.lint.LintStatement;
import org.cqlshift.internal.schema.CassandraLine;

/** A compaction strategy, compressor or index class of Cassandra's own that the target release lacks. */
public final class ClassNotInTargetRule extends BaseRule {

    public ClassNotInTargetRule() {
        super("class-not-in-target", Severity.ERROR, "a compaction, compression or index class the target lacks");
    }

    @Override
    public void check(LintStatement statement, KnownSchema schema, LintContext context, Findings findings) {
        CassandraLine target = context.target();
        Statements.optionTarget(statement.ddl()).ifPresent(table -> {
            DdlReader.option(table.options(), "compaction").ifPresent(option -> check(option, "class",
                    "compaction strategy", target.compactionStrategies(), target, findings));
            DdlReader.option(table.options(), "compression").ifPresent(option -> {
                String key = option.entries().containsKey("class") ? "class" : "sstable_compression";
                check(option, key, "compressor", target.compressors(), target, findings);
            });
        });
        if (statement.ddl() instanceof Ddl.CreateIndex index && !target.hasSai()) {
            index.using().filter(using -> CassandraLine.SAI.equals(CassandraLine.indexClass(using.value())))
                    .ifPresent(using -> findings.add(this, using.at(), "Storage-attached indexes (SAI) came with"
                                    + " Cassandra 5.0; Cassandra " + target.label() + " has no index class "
                                    + using.value() + ".",
                            "Use a regular secondary index (no USING) or a table keyed by the column, until the"
                                    + " cluster runs 5.0."));
        }
    }

    private void check(Ddl.Literal option, String key, String kind, Set<String> shipped, CassandraLine target,
                       Findings findings) {
        String written = option.entries().get(key);
        if (written == null) {
            return;
        }
        String name = CqlText.className(written);
        if (name.contains(".") || shipped.contains(name)) {
            return;
        }
        Optional<CassandraLine> other = java.util.Arrays.stream(CassandraLine.values())
                .filter(line -> (kind.equals("compressor") ? line.compressors() : line.compactionStrategies())
                        .contains(name))
                .findFirst();
        findings.add(this, option.at(), other.map(line -> "The " + kind + " " + name + " is in Cassandra "
                        + line.label() + (line.compareTo(target) < 0 ? " but not any more in " : " but not yet in ")
                        + target.label() + ".").orElse("Cassandra " + target.label() + " has no " + kind + " " + name + "."),
                "Choose one of " + String.join(", ", shipped) + ".");
    }
}
