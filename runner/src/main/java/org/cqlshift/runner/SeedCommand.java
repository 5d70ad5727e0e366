package org.cqlshift.runner;

import org.cqlshift.api.CqlShift;
import org.cqlshift.api.CqlShiftBuilder;
import picocli.CommandLine.Command;

@Command(name = "seed", mixinStandardHelpOptions = true,
        description = {"Load the seed files (YAML, CSV, JSON) into their tables, each file all or nothing.",
                "Files directly in the seeds directory always load; those in <seeds>/<profile>/ too with"
                        + " --seed-profile. Unchanged files (same checksum in seed_history) are skipped."})
final class SeedCommand extends ConnectedCommand {

    @Override
    protected void listeners(CqlShiftBuilder builder) {
        drawSeedProgress(builder);
    }

    @Override
    protected void run(CqlShift shift) {
        shift.seed();
    }
}
