package org.cqlshift.internal.migration;

import java.time.Instant;
import java.util.List;
import org.cqlshift.api.config.Setting;
import org.cqlshift.api.migration.MigrationException;
import org.cqlshift.api.migration.MigrationInfo;
import org.cqlshift.api.migration.MigrationType;
import org.cqlshift.api.migration.RepairMode;
import org.cqlshift.api.migration.ScriptState;

/** Repair: records what the user fixed by hand, with the reason, so that migrate can go on. */
final class Repair extends MigrationCommand {

    Repair(MigrationCommand shared) {
        super(shared);
    }

    MigrationInfo repair(String reason, RepairMode mode) {
        if (reason == null || reason.isBlank()) {
            throw new MigrationException("Repair needs a reason, recorded in the history next to what it changes.",
                    "Say why, e.g. " + Setting.REPAIR_REASON.flag() + " \"created the orders table by hand\".");
        }
        List<ScriptPlan> plans = plans();
        if (store.keyspaceReplication().isEmpty() || !store.existingTables().contains(HistoryStore.HISTORY)) {
            reporter.info("Keyspace " + keyspace + " has no migration history; nothing to repair.");
            return new MigrationInfo(keyspace, evaluate(plans).infos());
        }
        store.createTables();
        try (MigrationLock lock = lock(configuration.lockWaitTimeout(), false)) {
            int repaired = 0;
            Evaluation evaluation = Evaluation.of(plans, store.read());
            for (Evaluation.Entry entry : evaluation.entries()) {
                boolean unfinished = entry.state() == ScriptState.FAILED || entry.state() == ScriptState.INTERRUPTED;
                if (unfinished && mode == RepairMode.MARK_APPLIED) {
                    store.recordSuccess(entry.plan(), evaluation.belowApplied(entry.version()), null, holder(),
                            List.of());
                    store.deleteFailedRow(entry.version());
                    record(entry, "marked as applied with its current checksum; " + (entry.type() == MigrationType.JAVA
                            ? "its migrate(context) was not run to its end by migrate" : "statements "
                            + entry.resumeAt() + " to " + entry.plan().statements().size() + " were not run by migrate"),
                            reason);
                    repaired++;
                } else if (unfinished && (entry.state() == ScriptState.FAILED
                        || !entry.editedBeforeFailure().isEmpty())) {
                    repaired++;
                    resume(entry, reason);
                } else if (entry.state() == ScriptState.CHANGED) {
                    store.realign(entry.plan(), entry.applied(), entry.details(), holder());
                    record(entry, "accepted the edited file as applied", reason);
                    repaired++;
                }
            }
            if (repaired == 0) {
                reporter.info("Nothing to repair in keyspace " + keyspace + ": no failed, interrupted or edited"
                        + " scripts.");
            }
            return new MigrationInfo(keyspace, Evaluation.of(plans, store.read()).infos());
        }
    }

    /**
     * Clears a failure, keeping as done the statements recorded so, up to the first one edited since: an edited
     * statement runs again, as do those after it.
     */
    private void resume(Evaluation.Entry entry, String reason) {
        int done = entry.resumeAt() - 1;
        int kept = entry.editedBeforeFailure().isEmpty() ? done : entry.editedBeforeFailure().get(0) - 1;
        store.deleteFailedRow(entry.version());
        store.recordProgress(entry.plan(), kept, Instant.now(), holder());
        if (entry.type() == MigrationType.JAVA) {
            record(entry, "cleared the failure; the next migrate runs it again from its start", reason);
            return;
        }
        String cleared = entry.state() == ScriptState.FAILED
                ? "cleared the failure at statement " + entry.resumeAt() + "; " : "";
        record(entry, cleared + "the next migrate resumes at statement " + (kept + 1)
                + (kept < done ? " (statement " + (kept + 1) + " was edited since it ran)"
                        : " and counts it as applied if its effect is already there"), reason);
    }

    private void record(Evaluation.Entry entry, String action, String reason) {
        store.recordRepair(entry.version(), action, reason, holder());
        reporter.info("Repaired " + entry.scriptName() + " (version " + entry.version() + "): " + action + ".");
    }
}
