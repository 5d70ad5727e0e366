package org.cqlshift.internal.session;

import java.util.List;
import java.util.Locale;

/**
 * The names of the tool's own tables in the target keyspace, and the rule that tells them from the user's.
 * The first two are cassandra-migration's, so that either tool can run on the keyspace. Verify never writes
 * to them, nor to any tool table but its own ledger of probe rows: they hold the history that migrate and seed
 * rely on.
 */
public final class ToolTables {

    /** cassandra-migration's history: one row per applied (or failed) script. */
    public static final String MIGRATION_HISTORY = "schema_migration";
    /** cassandra-migration's lock row. */
    public static final String MIGRATION_LOCK = "schema_migration_leader";
    /** What cassandra-migration's history has no column for: checksums, per-statement progress, timings. */
    public static final String MIGRATION_DETAILS = "schema_migration_details";
    public static final String MIGRATION_REPAIRS = "schema_migration_repairs";
    /** The lint findings each applied script opted out of, with the reasons its comments give. */
    public static final String MIGRATION_ALLOWANCES = "schema_migration_allowances";
    /** The history of repeatable scripts, which have no version and so no row in cassandra-migration's table. */
    public static final String MIGRATION_REPEATABLES = "schema_migration_repeatables";
    public static final String SEED_HISTORY = "seed_history";
    /** The probe rows verify has written and not yet deleted, so that a verify killed midway is cleaned up. */
    public static final String VERIFY_PROBES = "cqlshift_verify_probes";

    /**
     * A table whose name starts with one of these belongs to the tool: the tables above, any companion table
     * named after them, and anything named {@code cqlshift_*}.
     */
    public static final List<String> PREFIXES = List.of(MIGRATION_HISTORY, SEED_HISTORY, "cqlshift_");

    private ToolTables() {
    }

    public static boolean isToolTable(String tableName) {
        String name = tableName.toLowerCase(Locale.ROOT);
        return PREFIXES.stream().anyMatch(name::startsWith);
    }
}
