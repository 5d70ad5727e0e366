package org.cqlshift.api.lint;

import java.util.Objects;

/**
 * What a rule found in one statement, at the position of the token it is about.
 *
 * @param source  the script, as shown to users
 * @param version the script's version
 * @param statement the 1-based number of the statement in the script
 * @param line    1-based line in the script
 * @param column  1-based column in the script
 * @param message what is wrong and why it matters
 * @param fix     what to write instead, or what to do before running it
 */
public record LintFinding(String ruleId, Severity severity, String source, int version, int statement, int line,
                          int column, String message, String fix) {

    public LintFinding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(fix, "fix");
    }

    /** {@code source:line:column: error [rule-id] message}, as compilers print a diagnostic. */
    public String headline() {
        return source + ":" + line + ":" + column + ": " + severity.label() + " [" + ruleId + "] " + message;
    }
}
