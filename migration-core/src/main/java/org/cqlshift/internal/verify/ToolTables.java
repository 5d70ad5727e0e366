package org.cqlshift.internal.verify;

import java.util.List;
import java.util.Locale;

/**
 * The rule that tells cqlshift's own bookkeeping tables from the user's: a table whose name starts
 * with one of {@link #PREFIXES} belongs to the tool (the migration history {@code schema_migration},
 * its lock {@code schema_migration_leader}, the seed history {@code seed_history} and any companion
 * table named after them, and anything named {@code cqlshift_*}). Verify never writes to them:
 * they hold the history that migrate and seed rely on.
 */
public final class ToolTables {

    public static final List<String> PREFIXES = List.of("schema_migration", "seed_history", "cqlshift_");

    private ToolTables() {
    }

    public static boolean isToolTable(String tableName) {
        String name = tableName.toLowerCase(Locale.ROOT);
        return PREFIXES.stream().anyMatch(name::startsWith);
    }
}
