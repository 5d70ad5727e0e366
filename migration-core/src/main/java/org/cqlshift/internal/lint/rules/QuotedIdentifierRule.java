package org.cqlshift.internal.lint.rules;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.cqlshift.api.lint.Severity;
import org.cqlshift.internal.ddl.CqlKeywords;
import org.cqlshift.internal.ddl.Token;
import org.cqlshift.internal.lint.Findings;
import org.cqlshift.internal.lint.KnownSchema;
import org.cqlshift.internal.lint.LintContext;
import org.cqlshift.internal.lint.LintStatement;

/**
 * A name created quoted in mixed case ({@code "userId"}) written later without quotes: CQL lower-cases unquoted
 * names, so {@code userId} means {@code userid}, which does not exist.
 */
public final class QuotedIdentifierRule extends BaseRule {

    public QuotedIdentifierRule() {
        super("quoted-identifier-case", Severity.ERROR, "a quoted mixed-case name used without quotes");
    }

    @Override
    public void check(LintStatement statement, KnownSchema schema, LintContext context, Findings findings) {
        Set<String> names = schema.names();
        Map<String, String> mixedCase = new HashMap<>();
        names.stream().filter(KnownSchema::isQuotedName)
                .forEach(name -> mixedCase.put(name.toLowerCase(Locale.ROOT), name));
        statement.tokens().stream().filter(token -> token.kind() == Token.Kind.QUOTED_NAME)
                .filter(token -> KnownSchema.isQuotedName(token.value()))
                .forEach(token -> mixedCase.put(token.value().toLowerCase(Locale.ROOT), token.value()));
        for (Token token : statement.tokens()) {
            if (token.kind() != Token.Kind.WORD || token.fromPlaceholder() || CqlKeywords.isKeyword(token.text())) {
                continue;
            }
            String read = token.name();
            String quoted = mixedCase.get(read);
            if (quoted != null && !names.contains(read)) {
                findings.add(this, token, token.text() + " is read as " + read + ", as CQL lower-cases names written"
                                + " without quotes, but the name is \"" + quoted + "\", created with quotes.",
                        "Write it with quotes, exactly: \"" + quoted + "\".");
            }
        }
    }
}
