package org.cqlshift.internal.cql;

import java.util.Locale;

/** The naming rule of versioned scripts, {@code <version>_<description>.cql}, in one place. */
public final class ScriptName {

    public static final String EXTENSION = ".cql";
    public static final String RULE = "a script is named <version>_<description>.cql, where <version> is a whole"
            + " number from 1 to " + Integer.MAX_VALUE + ", for example 1_create_users.cql or 002_add_orders.cql; "
            + RepeatableScriptName.RULE + "; " + BaselineScriptName.RULE;

    private ScriptName() {
    }

    /**
     * Whether a file is meant as a script: its name ends with {@code .cql} in any case, so that
     * {@code 1_init.CQL} is reported rather than skipped. Hidden files are editors' and operating systems'
     * leftovers ({@code .#1_init.cql}, {@code ._1_init.cql}), not scripts.
     */
    public static boolean isCandidate(String path) {
        String fileName = path.substring(path.lastIndexOf('/') + 1);
        return !fileName.startsWith(".") && fileName.toLowerCase(Locale.ROOT).endsWith(EXTENSION);
    }

    /** What is wrong with a candidate's name, or null when it follows the rule. */
    public static String problem(String name) {
        int underscore = name.indexOf('_');
        if (underscore <= 0) {
            return "file name " + name + " does not start with <version>_";
        }
        if (underscore + 1 >= name.length() - EXTENSION.length()) {
            return "file name " + name + " has no description after " + name.substring(0, underscore + 1);
        }
        String digits = name.substring(0, underscore);
        if (!digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return "file name " + name + " starts with '" + digits + "', which is not a whole number";
        }
        return versionProblem(name, digits);
    }

    /** What is wrong with the version digits of a script's name, or null when they are from 1 to the int maximum. */
    static String versionProblem(String name, String digits) {
        String significant = digits.replaceFirst("^0+(?=.)", "");
        long version = significant.length() > 10 ? Long.MAX_VALUE : Long.parseLong(significant);
        if (version > Integer.MAX_VALUE) {
            return "the version of " + name + " is larger than " + Integer.MAX_VALUE;
        }
        if (version < 1) {
            return "the version of " + name + " is 0; versions start at 1";
        }
        return null;
    }

    /** The version of a name that follows the rule. */
    public static int version(String name) {
        return Integer.parseInt(name.substring(0, name.indexOf('_')));
    }

    /**
     * {@code 2_add_user_email.cql} is described as {@code add user email}. A name from the history that does
     * not follow the rule is described as well as it can be.
     */
    public static String description(String name) {
        String base = name.toLowerCase(Locale.ROOT).endsWith(EXTENSION)
                ? name.substring(0, name.length() - EXTENSION.length()) : name;
        return base.substring(base.indexOf('_') + 1).replace('_', ' ').trim();
    }
}
