package org.cqlshift.maven;

import java.io.File;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.cqlshift.api.CassandraConnection;
import org.cqlshift.api.Reporter;
import org.cqlshift.api.export.ExportFormat;
import org.cqlshift.api.export.ExportOptions;
import org.cqlshift.api.export.Exporter;

/**
 * Writes a table, or the rows {@code cassandra.exportWhere} selects, as a seed file that {@code seed} loads
 * back value for value: {@code mvn cassandra:export -Dcassandra.exportTable=employee
 * -Dcassandra.exportOutput=seeds/employee.csv -Dcassandra.exportFormat=csv}.
 */
@Mojo(name = "export", requiresProject = false, threadSafe = true)
public class ExportMojo extends AbstractCassandraMojo {

    /** {@code table} in the configured keyspace, or {@code keyspace.table}. */
    @Parameter(property = "cassandra.exportTable", required = true)
    String table;

    /** A CQL condition, as written after {@code WHERE}. */
    @Parameter(property = "cassandra.exportWhere")
    String where;

    /** {@code yaml}, {@code csv} or {@code json}. */
    @Parameter(property = "cassandra.exportFormat", defaultValue = "yaml")
    String format;

    /** The file to write. */
    @Parameter(property = "cassandra.exportOutput", required = true)
    File output;

    @Override
    protected void run(CassandraConnection connection, Reporter reporter) throws MojoFailureException {
        ExportFormat exportFormat;
        try {
            exportFormat = ExportFormat.parse(format);
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("Invalid cassandra.exportFormat: " + e.getMessage() + ".");
        }
        Exporter.create(connection, reporter).export(ExportOptions.builder(table, output.toPath()).where(where)
                .format(exportFormat).build());
    }
}
