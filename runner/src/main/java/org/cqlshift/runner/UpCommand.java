package org.cqlshift.runner;

import org.cqlshift.api.CassandraConnection;
import org.cqlshift.api.Failure;
import org.cqlshift.api.Reporter;
import org.cqlshift.api.migration.MigrateOptions;
import org.cqlshift.api.migration.Migrator;
import org.cqlshift.api.seed.SeedListener;
import org.cqlshift.api.seed.SeedOptions;
import org.cqlshift.api.seed.Seeder;
import org.cqlshift.api.verify.Verifier;
import org.cqlshift.api.verify.VerifyOptions;
import org.cqlshift.api.verify.VerifyReport;
import picocli.CommandLine.Command;

@Command(name = "up", mixinStandardHelpOptions = true,
        description = {"Migrate, then seed, then verify, on one connection: the entry point of a Kubernetes"
                + " init job.",
                "Stops at the first step that fails, with its exit code (4 migrate, 5 seed, 6 verify)."})
final class UpCommand extends ConnectedCommand {

    @Override
    protected int run(CassandraConnection connection, Reporter reporter) {
        reporter.info("Step 1/3: migrate");
        Migrator.create(connection, reporter).migrate(MigrateOptions.builder().releaseLockOnShutdown(true).build());
        GracefulStop.stopIfRequested(Failure.MIGRATION, "after migrate, before seed");
        reporter.info("Step 2/3: seed");
        SeedListener progress = GracefulStop.stoppingBetweenFiles(
                new ConsoleSeedProgress(root.out(), System.console() != null));
        GracefulStop.during(GracefulStop.Phase.SEED_FILE,
                () -> Seeder.create(connection, reporter, progress).seed(SeedOptions.defaults()));
        GracefulStop.stopIfRequested(Failure.SEED, "after seed, before verify");
        reporter.info("Step 3/3: verify");
        VerifyReport report = GracefulStop.during(GracefulStop.Phase.VERIFY_TABLES,
                () -> Verifier.create(connection, reporter).verify(
                        VerifyOptions.builder().stopWhen(GracefulStop::requested).build()));
        reporter.info(report.toText().stripTrailing());
        report.requirePassed();
        return 0;
    }
}
