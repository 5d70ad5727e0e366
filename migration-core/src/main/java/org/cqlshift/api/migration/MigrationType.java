package org.cqlshift.api.migration;

/** What a versioned migration is made of; {@code info}, {@code validate} and the history show it. */
public enum MigrationType {
    /** A {@code <version>_<description>.cql} script. */
    CQL,
    /** A {@link JavaMigration} class. */
    JAVA
}
