package org.cqlshift.runner;

import java.nio.file.Path;
import org.cqlshift.api.CassandraConnection;
import org.cqlshift.api.Reporter;
import org.cqlshift.api.config.ConfigurationException;
import org.cqlshift.api.export.ExportFormat;
import org.cqlshift.api.export.ExportOptions;
import org.cqlshift.api.export.Exporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write a table, or the rows --where selects, as a seed file that seed loads back value for"
                + " value.", "Streams page by page; the output appears only once complete."})
final class ExportCommand extends ConnectedCommand {

    @Option(names = "--table", required = true, paramLabel = "[KEYSPACE.]TABLE",
            description = "The table, in the configured keyspace unless qualified.")
    String table;

    @Option(names = "--where", paramLabel = "CONDITION",
            description = "A CQL condition, as after WHERE (e.g. \"tenant = 'acme'\"); end it with ALLOW FILTERING"
                    + " to filter on other columns than the key.")
    String where;

    @Option(names = "--format", paramLabel = "yaml|csv|json", defaultValue = "yaml",
            description = "The seed file format (default ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--output", required = true, paramLabel = "FILE",
            description = "The file to write; name it <table>.csv or <table>.json for seed to find the table.")
    Path output;

    @Override
    protected int run(CassandraConnection connection, Reporter reporter) {
        ExportOptions options = ExportOptions.builder(table, output).where(where).format(format()).build();
        Exporter.create(connection, reporter, new ConsoleExportProgress(root.out(), System.console() != null))
                .export(options);
        return 0;
    }

    private ExportFormat format() {
        try {
            return ExportFormat.parse(format);
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("Invalid --format: " + e.getMessage() + ".",
                    "Use --format yaml, csv or json.");
        }
    }
}
