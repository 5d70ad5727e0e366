package org.cqlshift.internal.lint.rules;

import org.cqlshift.api.lint.Severity;
import org.cqlshift.internal.ddl.Ddl;
import org.cqlshift.internal.lint.Findings;
import org.cqlshift.internal.lint.KnownSchema;
import org.cqlshift.internal.lint.LintContext;
import org.cqlshift.internal.lint.LintStatement;
import org.cqlshift.internal.schema.CassandraLine;

/** A SASI index: experimental, off by default since 4.0, replaced by SAI in 5.0. */
public final class SasiIndexRule extends BaseRule {

    public SasiIndexRule() {
        super("sasi-index", Severity.WARNING, "SASI indexes are experimental and off by default");
    }

    @Override
    public void check(LintStatement statement, KnownSchema schema, LintContext context, Findings findings) {
        if (statement.ddl() instanceof Ddl.CreateIndex index && index.using()
                .filter(using -> CassandraLine.SASI.equals(CassandraLine.indexClass(using.value()))).isPresent()) {
            String name = index.name().map(token -> token.text() + " ").orElse("");
            findings.add(this, index.using().get().at(), "SASI indexes are experimental: Cassandra refuses them"
                            + " unless sasi_indexes_enabled is set, and they have known bugs that nobody fixes any more.",
                    context.target().hasSai()
                            ? "Use SAI instead: CREATE INDEX " + name + "ON " + index.table().written() + " ("
                            + index.target() + ") USING 'sai';"
                            : "Use a regular index or a table keyed by the column; on Cassandra 5.0 use SAI"
                            + " (USING 'sai'). To keep SASI anyway: -- cqlshift:allow sasi-index <reason>");
        }
    }
}
