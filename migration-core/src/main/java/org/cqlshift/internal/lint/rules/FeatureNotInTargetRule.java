package org.cqlshift.internal.lint.rules;

import java.util.List;
import org.cqlshift.api.lint.Severity;
import org.cqlshift.internal.ddl.Ddl;
import org.cqlshift.internal.ddl.Token;
import org.cqlshift.internal.lint.Findings;
import org.cqlshift.internal.lint.KnownSchema;
import org.cqlshift.internal.lint.LintContext;
import org.cqlshift.internal.lint.LintStatement;
import org.cqlshift.internal.schema.CassandraLine;

/**
 * CQL the target release lacks: the vector type and dynamic data masking before 5.0, constraints and transactions
 * before 6.0, and JavaScript functions, which 5.0 removed.
 */
public final class FeatureNotInTargetRule extends BaseRule {

    public FeatureNotInTargetRule() {
        super("feature-not-in-target", Severity.ERROR, "a CQL feature the target Cassandra lacks or removed");
    }

    @Override
    public void check(LintStatement statement, KnownSchema schema, LintContext context, Findings findings) {
        CassandraLine target = context.target();
        List<Token> tokens = statement.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
            if (!target.atLeast(CassandraLine.CASSANDRA_5_0) && token.is("vector") && next != null && next.isSymbol('<')) {
                missing(findings, token, "The vector type", CassandraLine.CASSANDRA_5_0, target);
            } else if (!target.atLeast(CassandraLine.CASSANDRA_5_0) && token.is("MASKED") && next != null
                    && next.is("WITH")) {
                missing(findings, token, "Dynamic data masking (MASKED WITH)", CassandraLine.CASSANDRA_5_0, target);
            } else if (!target.atLeast(CassandraLine.CASSANDRA_6_0) && token.is("BEGIN") && next != null
                    && next.is("TRANSACTION")) {
                missing(findings, token, "Transactions (BEGIN TRANSACTION)", CassandraLine.CASSANDRA_6_0, target);
            }
        }
        if (!target.atLeast(CassandraLine.CASSANDRA_6_0)) {
            constraints(statement.ddl()).stream().findFirst().ifPresent(column ->
                    missing(findings, column.name(), "Column constraints (CHECK)", CassandraLine.CASSANDRA_6_0, target));
        }
        if (target.atLeast(CassandraLine.CASSANDRA_5_0) && statement.ddl() instanceof Ddl.CreateFunction function) {
            function.language().filter(language -> language.is("javascript")).ifPresent(language ->
                    findings.add(this, language, "Cassandra 5.0 removed JavaScript functions; Cassandra "
                                    + target.label() + " refuses LANGUAGE javascript.",
                            "Write the function in Java (LANGUAGE java)."));
        }
    }

    private static List<Ddl.ColumnDef> constraints(Ddl ddl) {
        List<Ddl.ColumnDef> columns = ddl instanceof Ddl.CreateTable create ? create.columns()
                : ddl instanceof Ddl.AlterTable alter && alter.alteration() instanceof Ddl.AddColumns add ? add.columns()
                : List.of();
        return columns.stream().filter(column -> column.constraint().isPresent()).toList();
    }

    private void missing(Findings findings, Token at, String feature, CassandraLine since, CassandraLine target) {
        findings.add(this, at, feature + " came with Cassandra " + since.label() + "; Cassandra " + target.label()
                        + " refuses this statement.",
                "Leave it out until the cluster runs " + since.label() + " or later, or lint against the release the"
                        + " cluster will run.");
    }
}
