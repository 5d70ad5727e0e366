package org.cqlshift.internal.migration;

import java.util.List;
import org.cqlshift.api.migration.MigrationException;
import org.cqlshift.api.migration.MigrationInfo;

/** Baseline: adopts a keyspace whose schema already holds the scripts up to a version. */
final class Baseline extends MigrationCommand {

    Baseline(MigrationCommand shared) {
        super(shared);
    }

    MigrationInfo baseline(int version) {
        List<ScriptPlan> plans = plans();
        if (store.keyspaceReplication().isEmpty()) {
            throw new MigrationException("Keyspace " + keyspace + " does not exist, so there is no schema to baseline.",
                    "Baseline is for adopting the tool on a keyspace that already holds tables; on a new keyspace"
                            + " run migrate instead.");
        }
        store.createTables();
        try (MigrationLock lock = lock(configuration.lockWaitTimeout(), false)) {
            History history = store.read();
            if (!history.succeeded().isEmpty() || !history.failed().isEmpty()) {
                throw new MigrationException("Keyspace " + keyspace + " already has a migration history (up to version "
                        + Evaluation.of(plans, history).currentVersion().orElse(0) + "); baseline only adopts a"
                        + " keyspace without one.", "Run info to see the history, and migrate to apply new scripts.");
            }
            String name = plans.stream().filter(p -> p.version() == version && !p.isBaselineScript()).findFirst()
                    .map(ScriptPlan::fileName).orElse("baseline " + version);
            store.recordBaseline(version, name, holder());
            reporter.info("Baselined keyspace " + keyspace + " at version " + version + ": scripts up to " + version
                    + " count as applied; migrate applies the ones above it.");
            return new MigrationInfo(keyspace, Evaluation.of(plans, store.read()).infos());
        }
    }
}
