package org.cqlshift.internal.migration;

import java.util.List;
import org.cqlshift.internal.session.CassandraConnection;
import org.cqlshift.api.Reporter;
import org.cqlshift.api.migration.JavaMigration;
import org.cqlshift.api.migration.MigrationInfo;
import org.cqlshift.api.migration.MigrationResult;
import org.cqlshift.api.migration.RepairMode;

/**
 * Runs migrate, info, validate, baseline and repair against one keyspace: info and validate here, the others in
 * {@link Migrate}, {@link Baseline} and {@link Repair}.
 */
public final class MigrationEngine extends MigrationCommand {

    /** @param javaMigrations those the front end registered, besides the ones of the javaMigrations packages */
    public MigrationEngine(CassandraConnection connection, Reporter reporter, List<JavaMigration> javaMigrations) {
        super(connection, reporter, javaMigrations);
    }

    /** Applies the pending scripts, running the callbacks at their events. */
    public MigrationResult migrate(MigrateOptions options, Callbacks callbacks) {
        MigrateCallbacks migrateCallbacks = new MigrateCallbacks(callbacks, options.dryRun());
        try {
            return new Migrate(this, migrateCallbacks).migrate(options);
        } catch (RuntimeException e) {
            throw migrateCallbacks.afterMigrateError(e);
        }
    }

    public MigrationInfo info() {
        return new MigrationInfo(keyspace, evaluate(plans()).infos(), evaluateRepeatables(repeatablePlans()).infos());
    }

    /**
     * Checks that every applied script still matches its file; throws naming each that does not. A repeatable
     * script that changed is no problem: migrate runs it again.
     */
    public MigrationInfo validate() {
        List<ScriptPlan> plans = plans();
        Evaluation evaluation = evaluate(plans);
        evaluation.requireUnchanged(keyspace);
        reporter.info("Validated " + count(plans.size(), "script") + " against the history of keyspace " + keyspace
                + ": no applied script was edited or removed.");
        return new MigrationInfo(keyspace, evaluation.infos(), evaluateRepeatables(repeatablePlans()).infos());
    }

    /** Records that the keyspace's schema already holds every script up to the version, without running them. */
    public MigrationInfo baseline(int version) {
        return new Baseline(this).baseline(version);
    }

    /**
     * After the user fixed things by hand, records the reason and: accepts edited applied scripts as they are
     * now; and for each failed or interrupted script, either clears the failure so that migrate resumes after
     * the statements recorded as done ({@link RepairMode#RESUME}), or records it as applied
     * ({@link RepairMode#MARK_APPLIED}).
     */
    public MigrationInfo repair(String reason, RepairMode mode) {
        return new Repair(this).repair(reason, mode);
    }
}
