package org.cqlshift.api.lint;

import java.util.Locale;

/** What errors that lint finds do to {@code lint} and {@code migrate}. */
public enum LintErrors {
    /** Print them, as warnings are printed, and go on. */
    WARN,
    /** Stop with {@link LintException} (exit code 8) before any statement runs. */
    FAIL;

    /** As written in settings: {@code warn} or {@code fail}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
