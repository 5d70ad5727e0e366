package org.cqlshift.internal.lint;

import java.util.ArrayList;
import java.util.List;
import org.cqlshift.api.lint.LintRule;
import org.cqlshift.internal.ddl.Token;

/** What the rules report for one statement, before the statement's opt-outs are weighed. */
public final class Findings {

    /** One finding, at a token of the statement. */
    public record Found(LintRule rule, int line, int column, String message, String fix) {
    }

    private final List<Found> found = new ArrayList<>();

    /**
     * @param at      the token the finding is about; its position is reported
     * @param message what is wrong and why it matters
     * @param fix     what to write instead, or what to do before running it
     */
    public void add(Rule rule, Token at, String message, String fix) {
        found.add(new Found(rule.description(), at.line(), at.column(), message, fix));
    }

    /** A finding at a position that no token of the statement has, such as a comment line before it. */
    public void add(Rule rule, int line, int column, String message, String fix) {
        add(rule.description(), line, column, message, fix);
    }

    void add(LintRule rule, int line, int column, String message, String fix) {
        found.add(new Found(rule, line, column, message, fix));
    }

    List<Found> list() {
        return found;
    }
}
