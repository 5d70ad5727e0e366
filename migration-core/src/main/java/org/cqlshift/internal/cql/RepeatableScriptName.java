package org.cqlshift.internal.cql;

/**
 * The naming rule of repeatable scripts, {@code R__<description>.cql}, in one place: scripts that migrate runs
 * again whenever their checksum changes, after the versioned scripts, ordered by description.
 */
public final class RepeatableScriptName {

    /** Upper case, as in Flyway: {@code r__x.cql} is reported as a misnamed versioned script rather than taken. */
    public static final String PREFIX = "R__";
    public static final String RULE = "a repeatable script is named " + PREFIX + "<description>.cql, for example"
            + " R__user_functions.cql";

    private RepeatableScriptName() {
    }

    /** Whether a candidate file is meant as a repeatable script. */
    public static boolean matches(String name) {
        return name.startsWith(PREFIX);
    }

    /** What is wrong with a repeatable script's name, or null when it follows the rule. */
    public static String problem(String name) {
        return description(name).isEmpty() ? "file name " + name + " has no description after " + PREFIX : null;
    }

    /** {@code R__user_functions.cql} is described as {@code user functions}. */
    public static String description(String name) {
        return ScriptName.description(name.substring(PREFIX.length() - 1));
    }
}
