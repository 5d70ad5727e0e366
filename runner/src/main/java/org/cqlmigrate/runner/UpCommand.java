package org.cqlmigrate.runner;

import org.cqlmigrate.api.CassandraConnection;
import org.cqlmigrate.api.Reporter;
import org.cqlmigrate.api.migration.MigrateOptions;
import org.cqlmigrate.api.migration.Migrator;
import org.cqlmigrate.api.seed.SeedOptions;
import org.cqlmigrate.api.seed.Seeder;
import org.cqlmigrate.api.verify.Verifier;
import org.cqlmigrate.api.verify.VerifyOptions;
import org.cqlmigrate.api.verify.VerifyReport;
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
        reporter.info("Step 2/3: seed");
        Seeder.create(connection, reporter).seed(SeedOptions.defaults());
        reporter.info("Step 3/3: verify");
        VerifyReport report = Verifier.create(connection, reporter).verify(VerifyOptions.allTables());
        reporter.info(report.toText().stripTrailing());
        report.requirePassed();
        return 0;
    }
}
