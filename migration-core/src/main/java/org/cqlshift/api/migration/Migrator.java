package org.cqlshift.api.migration;

import org.cqlshift.api.CassandraConnection;
import org.cqlshift.api.Reporter;
import org.cqlshift.api.config.ConfigurationException;
import org.cqlshift.internal.migration.MigrationEngine;

/**
 * Versioned CQL migrations of the configured keyspace: the scripts of the configured migrations location,
 * with their history kept in cassandra-migration's {@code schema_migration} table.
 */
public final class Migrator {

    private final MigrationEngine engine;

    private Migrator(MigrationEngine engine) {
        this.engine = engine;
    }

    /** A migrator for the connection's keyspace and scripts; the connection stays open and owned by the caller. */
    public static Migrator create(CassandraConnection connection, Reporter reporter) {
        return new Migrator(new MigrationEngine(connection, reporter));
    }

    /**
     * Applies the pending scripts in version order, under the migration lock, after checking that no
     * applied script was edited. A script that failed, or whose runner was killed, resumes at the first
     * statement not recorded as done.
     *
     * @throws MigrationException when a statement fails, an applied script changed, or the lock is not obtained
     */
    public MigrationResult migrate(MigrateOptions options) {
        return engine.migrate(options);
    }

    /** The state of every script and history entry; changes nothing. */
    public MigrationInfo info() {
        return engine.info();
    }

    /**
     * Checks that every applied script still matches its file.
     *
     * @throws MigrationException naming each edited or missing script
     */
    public MigrationInfo validate() {
        return engine.validate();
    }

    /** Marks an existing schema as migrated up to the version, for adopting the tool on a live keyspace. */
    public MigrationInfo baseline(int version) {
        if (version < 1) {
            throw new ConfigurationException("Baseline version must be at least 1, found " + version + ".",
                    "Give the version of the last script the keyspace's schema already holds.");
        }
        return engine.baseline(version);
    }

    /**
     * After the user fixed things by hand: accepts edited applied scripts, and clears failures so that migrate
     * resumes after the statements recorded as done ({@link RepairMode#RESUME}); records the reason.
     */
    public MigrationInfo repair(String reason) {
        return repair(reason, RepairMode.RESUME);
    }

    /** {@link #repair(String)}, or with {@link RepairMode#MARK_APPLIED} records failed scripts as applied. */
    public MigrationInfo repair(String reason, RepairMode mode) {
        return engine.repair(reason, java.util.Objects.requireNonNull(mode, "mode"));
    }
}
