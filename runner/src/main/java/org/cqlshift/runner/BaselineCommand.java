package org.cqlshift.runner;

import org.cqlshift.api.CassandraConnection;
import org.cqlshift.api.Reporter;
import org.cqlshift.api.migration.Migrator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "baseline", description = "Mark an existing schema as migrated up to a version, to adopt the tool.")
final class BaselineCommand extends ConnectedCommand {

    // Help only: --version names the baseline here, not the tool's version.
    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;

    @Option(names = "--version", paramLabel = "VERSION", required = true,
            description = "The last script version the keyspace's schema already holds.")
    int version;

    @Override
    protected int run(CassandraConnection connection, Reporter reporter) {
        Migrator.create(connection, reporter).baseline(version);
        return 0;
    }
}
