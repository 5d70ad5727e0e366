package org.cqlshift.internal.migration;

import java.time.Instant;
import java.util.List;
import org.cqlshift.api.migration.MigrationType;

/**
 * This tool's companion row in {@code schema_migration_details}: what cassandra-migration's table has no
 * column for.
 *
 * @param statementChecksums checksums of the statements that succeeded, in order
 * @param failedStatement the 1-based statement that failed, or null when the script completed
 */
record Details(int version, String scriptName, String kind, String checksum, List<String> statementChecksums,
               int statementsTotal, Integer failedStatement, String failure, Long executionMillis,
               Instant installedOn, String installedBy) {

    static final String SCRIPT = "script";
    static final String BASELINE = "baseline";
    /** A script applied, with {@code outOfOrder}, below the highest version applied before it. */
    static final String OUT_OF_ORDER = "out-of-order";
    /** A baseline script, {@code B<version>__<description>.cql}, that a keyspace without history started from. */
    static final String BASELINE_SCRIPT = "baseline-script";
    /** A {@link org.cqlshift.api.migration.JavaMigration}, applied in order or not. */
    static final String JAVA = "java";
    static final String JAVA_OUT_OF_ORDER = "java-out-of-order";

    /** The kind recorded for a script, baseline script or Java migration that is started, failed, or applied. */
    static String kind(ScriptPlan plan, boolean outOfOrder) {
        if (plan.type() == MigrationType.JAVA) {
            return outOfOrder ? JAVA_OUT_OF_ORDER : JAVA;
        }
        return plan.isBaselineScript() ? BASELINE_SCRIPT : outOfOrder ? OUT_OF_ORDER : SCRIPT;
    }

    boolean isBaseline() {
        return BASELINE.equals(kind);
    }

    boolean isOutOfOrder() {
        return OUT_OF_ORDER.equals(kind) || JAVA_OUT_OF_ORDER.equals(kind);
    }

    MigrationType type() {
        return JAVA.equals(kind) || JAVA_OUT_OF_ORDER.equals(kind) ? MigrationType.JAVA : MigrationType.CQL;
    }
}
