package org.cqlshift.internal.lint;

import java.util.List;
import java.util.Objects;
import org.cqlshift.internal.ddl.Ddl;
import org.cqlshift.internal.ddl.Token;

/**
 * One statement under lint: where it is, its tokens (placeholders resolved, positions as written) and what the DDL
 * reader made of it.
 *
 * @param number     the 1-based number of the statement in its script
 * @param allowances the {@code -- cqlshift:allow} lines before the statement, in order
 */
public record LintStatement(String source, int version, int number, int line, int column, List<Token> tokens,
                            Ddl ddl, List<Allowances.Allowance> allowances) {

    public LintStatement {
        Objects.requireNonNull(source, "source");
        tokens = List.copyOf(tokens);
        Objects.requireNonNull(ddl, "ddl");
        allowances = List.copyOf(allowances);
    }

    /** The first token, where a finding about the whole statement points. */
    public Token first() {
        return tokens.get(0);
    }

    /** The first token that is the given keyword, or the first token. */
    public Token keyword(String word) {
        return tokens.stream().filter(token -> token.is(word)).findFirst().orElse(first());
    }
}
