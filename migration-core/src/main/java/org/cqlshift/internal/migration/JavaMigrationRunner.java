package org.cqlshift.internal.migration;

import com.datastax.oss.driver.api.core.CqlIdentifier;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.cqlshift.api.migration.AppliedScript;
import org.cqlshift.api.migration.JavaMigration;
import org.cqlshift.api.migration.JavaMigrationContext;
import org.cqlshift.api.migration.MigrationException;
import org.cqlshift.api.migration.ScriptState;
import org.cqlshift.api.config.Setting;

/**
 * Runs one {@link JavaMigration} as one unit: recorded as started before {@link JavaMigration#migrate} is called, as
 * applied after it returns, and as failed when it throws. A migration started but neither applied nor failed (its
 * process was killed) runs again from its start.
 */
final class JavaMigrationRunner extends MigrationCommand {

    /** The history as the lock's holder read it, to tell which migrations run out of order. */
    private final Evaluation evaluation;

    JavaMigrationRunner(MigrationCommand shared, Evaluation evaluation) {
        super(shared);
        this.evaluation = evaluation;
    }

    AppliedScript apply(Evaluation.Entry entry, MigrationLock lock) {
        ScriptPlan plan = entry.plan();
        String name = plan.script().source() + " (version " + plan.version() + ")";
        if (entry.state() == ScriptState.FAILED) {
            store.deleteFailedRow(plan.version());
        } else if (entry.state() == ScriptState.INTERRUPTED) {
            reporter.info(name + " was started by a run that did not finish; it runs again from its start.");
        }
        bindKeyspace();
        long started = System.nanoTime();
        store.recordProgress(plan, 0, Instant.now(), holder());
        lock.requireHeld();
        try {
            plan.javaMigration().migrate(new JavaMigrationContext(session, keyspace, configuration, reporter));
        } catch (Exception | LinkageError | AssertionError e) {
            String failure = e.getClass().getName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            store.recordFailure(plan, 1, failure, elapsedMillis(started), holder());
            throw new MigrationException(name + " failed: " + failure,
                    "Fix the migration and run migrate again: it runs again from its start, so it must be"
                            + " idempotent. If you completed its work by hand instead, run repair "
                            + Setting.MARK_APPLIED.flag() + " with a reason.", e);
        }
        long millis = elapsedMillis(started);
        boolean outOfOrder = evaluation.belowApplied(plan.version());
        store.recordSuccess(plan, outOfOrder, millis, holder(), List.of());
        reporter.info("Applied " + name + (outOfOrder ? ", " + ScriptState.OUT_OF_ORDER.label() : "") + " in "
                + millis + " ms");
        return new AppliedScript(plan.version(), plan.fileName(), 1, 0, Duration.ofMillis(millis));
    }

    /**
     * Statements the migration sends without a keyspace reach the keyspace's tables. Scripts set the keyspace on each
     * statement instead, which a migration's own statements cannot be made to do.
     */
    private void bindKeyspace() {
        CqlIdentifier target = CqlIdentifier.fromCql(keyspace);
        if (!session.getKeyspace().map(target::equals).orElse(false)) {
            session.execute("USE " + keyspace);
        }
    }

    private static long elapsedMillis(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }
}
