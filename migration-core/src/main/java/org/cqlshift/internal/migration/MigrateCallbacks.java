package org.cqlshift.internal.migration;

import org.cqlshift.api.callback.CurrentScript;
import org.cqlshift.api.callback.Event;
import org.cqlshift.api.migration.AppliedScript;
import org.cqlshift.api.migration.MigrationResult;

/**
 * The callbacks of one migrate, in their order: beforeMigrate once the lock is held, beforeEachMigrate and
 * afterEachMigrate around each script, then afterMigrate, or afterMigrateError when anything from beforeMigrate on
 * failed. A dry run runs none.
 */
final class MigrateCallbacks {

    private final Callbacks callbacks;
    private final boolean active;
    private boolean inKeyspace;
    private boolean started;
    private boolean finished;

    MigrateCallbacks(Callbacks callbacks, boolean dryRun) {
        this.callbacks = callbacks;
        this.active = !dryRun && callbacks.handlesAny(Event.BEFORE_MIGRATE, Event.BEFORE_EACH_MIGRATE,
                Event.AFTER_EACH_MIGRATE, Event.AFTER_MIGRATE, Event.AFTER_MIGRATE_ERROR);
    }

    /** Whether any callback runs, so that migrate takes the lock even when nothing is pending. */
    boolean active() {
        return active;
    }

    /** @param inKeyspace whether the keyspace exists, so that statements naming none run there */
    void beforeMigrate(boolean inKeyspace) {
        if (active) {
            this.inKeyspace = inKeyspace;
            started = true;
            callbacks.run(Event.BEFORE_MIGRATE, inKeyspace, context -> context);
        }
    }

    void beforeEach(ScriptPlan plan) {
        if (active) {
            callbacks.run(Event.BEFORE_EACH_MIGRATE, inKeyspace, context -> context.withScript(current(plan)));
        }
    }

    void afterEach(ScriptPlan plan, AppliedScript applied) {
        if (active) {
            callbacks.run(Event.AFTER_EACH_MIGRATE, inKeyspace,
                    context -> context.withScript(current(plan)).withApplied(applied));
        }
    }

    /** @return the result, once afterMigrate ran */
    MigrationResult afterMigrate(MigrationResult result) {
        if (active) {
            finished = true;
            callbacks.run(Event.AFTER_MIGRATE, inKeyspace, context -> context.withMigrationResult(result));
        }
        return result;
    }

    /** Runs afterMigrateError if beforeMigrate had started and afterMigrate had not; @return the error */
    RuntimeException afterMigrateError(RuntimeException error) {
        return started && !finished ? callbacks.afterError(Event.AFTER_MIGRATE_ERROR, inKeyspace, error) : error;
    }

    private static CurrentScript current(ScriptPlan plan) {
        return new CurrentScript(plan.version(), plan.fileName(), plan.script().description(), plan.script().source());
    }
}
