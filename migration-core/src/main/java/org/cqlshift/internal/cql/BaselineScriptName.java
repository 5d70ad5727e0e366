package org.cqlshift.internal.cql;

/**
 * The naming rule of baseline scripts, {@code B<version>__<description>.cql}, in one place: a script holding
 * the whole schema at a version, which a keyspace without history starts from instead of the versioned
 * scripts up to that version.
 */
public final class BaselineScriptName {

    public static final String PREFIX = "B";
    private static final String SEPARATOR = "__";
    public static final String RULE = "a baseline script is named " + PREFIX + "<version>" + SEPARATOR
            + "<description>.cql, where <version> is a whole number from 1 to " + Integer.MAX_VALUE
            + ", for example B5__schema_at_5.cql";

    private BaselineScriptName() {
    }

    /** Whether a candidate file is meant as a baseline script: a {@code B} followed by a digit. */
    public static boolean matches(String name) {
        return name.length() > 1 && name.startsWith(PREFIX) && Character.isDigit(name.charAt(1));
    }

    /** What is wrong with a baseline script's name, or null when it follows the rule. */
    public static String problem(String name) {
        int separator = name.indexOf(SEPARATOR);
        if (separator < 0) {
            return "file name " + name + " has no " + SEPARATOR + " after " + PREFIX + "<version>";
        }
        String digits = name.substring(PREFIX.length(), separator);
        if (digits.isEmpty() || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return "file name " + name + " has '" + digits + "' after " + PREFIX + ", which is not a whole number";
        }
        String versionProblem = ScriptName.versionProblem(name, digits);
        if (versionProblem != null) {
            return versionProblem;
        }
        if (description(name).isEmpty()) {
            return "file name " + name + " has no description after " + name.substring(0, separator + 2);
        }
        return null;
    }

    /** The version of a name that follows the rule. */
    public static int version(String name) {
        return Integer.parseInt(name.substring(PREFIX.length(), name.indexOf(SEPARATOR)));
    }

    /** {@code B5__schema_at_5.cql} is described as {@code schema at 5}. */
    public static String description(String name) {
        return ScriptName.description(name.substring(name.indexOf(SEPARATOR) + 1));
    }
}
