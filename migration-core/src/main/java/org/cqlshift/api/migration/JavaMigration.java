package org.cqlshift.api.migration;

import java.util.Optional;

/**
 * A versioned migration written in Java, for data changes CQL cannot express (reading rows and writing them back
 * transformed, backfilling a new table from an old one). It shares the versions and the history of the CQL scripts:
 * it runs in version order with them, under the same migration lock, and a Java migration and a script of the same
 * version are an error.
 *
 * <p>A Java migration is one unit: it is recorded as started before {@link #migrate} is called and as done after it
 * returns. A process killed in between leaves it started, and the next migrate runs it again from its start, so
 * {@link #migrate} must be idempotent (an {@code INSERT} or {@code UPDATE} of the same values is; a counter
 * increment is not).
 *
 * <p>Found through {@link org.cqlshift.api.config.Setting#JAVA_MIGRATIONS} (packages scanned through the
 * configuration's class loader; the class needs a public constructor without parameters), registered with
 * {@link org.cqlshift.api.CqlShiftBuilder#javaMigrations}, or, in a Spring Boot application, declared as beans.
 */
public interface JavaMigration {

    /** The version, from 1, in the same sequence as the scripts' {@code <version>_} prefixes. */
    int version();

    /** Shown by {@code info}; by default the class's simple name. */
    default String description() {
        return getClass().getSimpleName();
    }

    /**
     * What {@code validate} compares once the migration is applied. Empty by default: the tool then derives one
     * from the class name and the description, so that a migration renamed or moved after it ran reads as changed,
     * while recompiling it does not. Return a value of your own (and change it with the logic) to have an edit of
     * an applied migration reported as well.
     */
    default Optional<String> checksum() {
        return Optional.empty();
    }

    /**
     * Does the migration's work; an exception stops the run, is recorded as the migration's failure, and the next
     * migrate runs it again from its start.
     */
    void migrate(JavaMigrationContext context) throws Exception;
}
