package org.cqlshift.runner;

import java.util.Arrays;
import java.util.Iterator;
import org.cqlshift.api.CassandraConnection;
import org.cqlshift.api.Reporter;
import org.cqlshift.api.config.ConfigurationException;
import org.cqlshift.api.seed.SeedMode;
import org.cqlshift.api.seed.SeedOptions;
import org.cqlshift.api.workflow.Workflows;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "seed", mixinStandardHelpOptions = true,
        description = {"Load the YAML, CSV and JSON seed files into their tables, each file all or nothing.",
                "Files directly in the seeds directory always load; those in <seeds>/<profile>/ too with --profile."
                        + " Unchanged files (same checksum in seed_history) are skipped."})
final class SeedCommand extends ConnectedCommand {

    @Option(names = "--mode", paramLabel = "MODE", defaultValue = "upsert", completionCandidates = ModeLabels.class,
            description = "upsert (default): insert or overwrite; insert-if-absent: keep rows that exist;"
                    + " truncate: empty each table of a file before loading it.")
    String mode;

    @Option(names = "--force", description = "Load every file, even those unchanged since their last load.")
    boolean force;

    @Option(names = "--concurrency", paramLabel = "N",
            description = "Write requests in flight at once (default ${DEFAULT-VALUE}).")
    int concurrency = SeedOptions.DEFAULT_CONCURRENCY;

    @Override
    protected int run(CassandraConnection connection, Reporter reporter) {
        SeedOptions options = SeedOptions.builder().mode(mode()).force(force).concurrency(concurrency).build();
        try (ConsoleSeedProgress progress = ConsoleSeedProgress.on(root.out())) {
            Workflows.seed(connection, progress.around(reporter), options, progress, root.stopRule());
        }
        return 0;
    }

    /** The modes as typed, for shell completion. */
    static final class ModeLabels implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(SeedMode.values()).map(SeedMode::label).iterator();
        }
    }

    private SeedMode mode() {
        try {
            return SeedMode.parse(mode);
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("Invalid --mode: " + e.getMessage() + ".",
                    "Use --mode upsert, insert-if-absent or truncate.");
        }
    }
}
