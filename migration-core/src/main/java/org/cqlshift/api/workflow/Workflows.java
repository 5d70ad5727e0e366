package org.cqlshift.api.workflow;

import java.util.List;
import org.cqlshift.api.CassandraConnection;
import org.cqlshift.api.Failure;
import org.cqlshift.api.Reporter;
import org.cqlshift.api.migration.MigrateOptions;
import org.cqlshift.api.migration.MigrationResult;
import org.cqlshift.api.migration.Migrator;
import org.cqlshift.api.seed.SeedListener;
import org.cqlshift.api.seed.SeedOptions;
import org.cqlshift.api.seed.SeedResult;
import org.cqlshift.api.seed.Seeder;
import org.cqlshift.api.verify.Verifier;
import org.cqlshift.api.verify.VerifyOptions;
import org.cqlshift.api.verify.VerifyReport;

/**
 * The operations as front ends run them: migrate, and under a {@link StopRule} seed, verify and up
 * (migrate, then seed, then verify), the entry point of a Kubernetes init job and of {@code mvn cassandra:up}.
 */
public final class Workflows {

    private Workflows() {
    }

    /**
     * Migrate, then seed, then verify, on one connection; stops at the first step that fails, with that
     * step's failure, and between steps when a stop is requested.
     *
     * @return the three steps' results; the verify report has passed
     * @throws org.cqlshift.api.CqlShiftException the failure of the step that failed
     */
    public static UpResult up(CassandraConnection connection, Reporter reporter, SeedListener seedProgress,
                                  StopRule stop) {
        reporter.info("Step 1/3: migrate");
        MigrationResult migration = migrate(connection, reporter, false, null);
        stop.stopIfRequested(Failure.MIGRATION, "after migrate, before seed");
        reporter.info("Step 2/3: seed");
        SeedResult seed = seed(connection, reporter, SeedOptions.defaults(), seedProgress, stop);
        stop.stopIfRequested(Failure.SEED, "after seed, before verify");
        reporter.info("Step 3/3: verify");
        VerifyReport report = verify(connection, reporter, List.of(), stop);
        reporter.info(report.toText().stripTrailing());
        report.requirePassed();
        return new UpResult(migration, seed, report);
    }

    /**
     * Applies the pending scripts as a front end runs them: the migration lock is released when the process
     * is stopped while it holds it.
     *
     * @param target the highest version to apply; null for all
     */
    public static MigrationResult migrate(CassandraConnection connection, Reporter reporter, boolean dryRun,
                                          Integer target) {
        MigrateOptions.Builder options = MigrateOptions.builder().dryRun(dryRun).releaseLockOnShutdown(true);
        if (target != null) {
            options.target(target);
        }
        return Migrator.create(connection, reporter).migrate(options.build());
    }

    /** Loads the seed files; a stop request lets the file in progress finish and starts no other. */
    public static SeedResult seed(CassandraConnection connection, Reporter reporter, SeedOptions options,
                                  SeedListener progress, StopRule stop) {
        SeedListener stopping = stop.stoppingBetweenFiles(progress);
        return stop.during(StopRule.Phase.SEED_FILE,
                () -> Seeder.create(connection, reporter, stopping).seed(options));
    }

    /**
     * A CRUD round trip on the tables (empty: every table but the tool's own); a stop request lets the table
     * in progress finish and starts no other. The caller decides how to show the report and fails on it with
     * {@link VerifyReport#requirePassed()}.
     */
    public static VerifyReport verify(CassandraConnection connection, Reporter reporter, List<String> tables,
                                      StopRule stop) {
        return stop.during(StopRule.Phase.VERIFY_TABLES, () -> Verifier.create(connection, reporter)
                .verify(VerifyOptions.builder().tables(tables).stopWhen(stop::requested).build()));
    }
}
