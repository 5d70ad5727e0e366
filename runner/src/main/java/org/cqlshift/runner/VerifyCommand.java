package org.cqlshift.runner;

import java.util.ArrayList;
import java.util.List;
import org.cqlshift.api.CassandraConnection;
import org.cqlshift.api.Reporter;
import org.cqlshift.api.verify.VerifyReport;
import org.cqlshift.api.workflow.Workflows;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "CRUD round trip on every table of the keyspace: insert a synthetic row with a fresh key,"
                + " read it back, update it, delete it. Real rows are never touched. Exit 6 if a table fails.")
final class VerifyCommand extends ConnectedCommand {

    @Option(names = "--tables", split = ",", paramLabel = "TABLE[,TABLE...]",
            description = "Only these tables (default: every table except cqlshift's own history tables).")
    List<String> tables = new ArrayList<>();

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "Report as a text table (default) or as one JSON document on standard output.")
    ReportFormat format;

    enum ReportFormat { TEXT, JSON }

    @Override
    protected boolean writesDocumentToStandardOutput() {
        return format == ReportFormat.JSON;
    }

    @Override
    protected int run(CassandraConnection connection, Reporter reporter) {
        VerifyReport report = Workflows.verify(connection, reporter, tables, root.stopRule());
        if (format == ReportFormat.JSON) {
            root.out().println(report.toJson());
        } else {
            reporter.info(report.toText().stripTrailing());
        }
        report.requirePassed();
        return 0;
    }
}
