package org.cqlshift.internal.config;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Cassandra's rule for keyspace names: letters, digits and underscores, at most 48, not starting with a digit.
 * Lower case only: scripts write {@code ${keyspace}} unquoted, and CQL folds unquoted names to lower case, so
 * {@code MyApp} would be created as {@code myapp} while lookups by the configured name would miss it.
 */
public final class Identifiers {

    private static final Pattern KEYSPACE_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,47}");

    private Identifiers() {
    }

    public static String requireKeyspaceName(String name) {
        if (name == null || !KEYSPACE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("expected a keyspace name of letters, digits and underscores,"
                    + " at most 48 characters, starting with a letter, but found '" + name + "'");
        }
        String lowerCase = name.toLowerCase(Locale.ROOT);
        if (!lowerCase.equals(name)) {
            throw new IllegalArgumentException("expected a lower-case keyspace name but found '" + name
                    + "'; CQL folds unquoted names to lower case, so Cassandra would call it '" + lowerCase + "'");
        }
        return name;
    }
}
