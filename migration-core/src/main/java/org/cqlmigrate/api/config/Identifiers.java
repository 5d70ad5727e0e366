package org.cqlmigrate.api.config;

import java.util.regex.Pattern;

/** Cassandra's rule for keyspace names: letters, digits and underscores, at most 48, not starting with a digit. */
final class Identifiers {

    private static final Pattern KEYSPACE_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,47}");

    private Identifiers() {
    }

    static String requireKeyspaceName(String name) {
        if (name == null || !KEYSPACE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("expected a keyspace name of letters, digits and underscores,"
                    + " at most 48 characters, starting with a letter, but found '" + name + "'");
        }
        return name;
    }
}
