package org.cqlshift.api.export;

import org.cqlshift.api.CassandraConnection;
import org.cqlshift.api.Reporter;
import org.cqlshift.internal.export.TableExporter;

/**
 * Writes a table, or the rows a condition selects, as a seed file that {@code seed} loads back value for
 * value. Rows stream page by page into a temporary file that replaces the output only when complete.
 */
public final class Exporter {

    private final CassandraConnection connection;
    private final Reporter reporter;

    private Exporter(CassandraConnection connection, Reporter reporter) {
        this.connection = connection;
        this.reporter = reporter;
    }

    public static Exporter create(CassandraConnection connection, Reporter reporter) {
        return new Exporter(connection, reporter);
    }

    /**
     * @throws org.cqlshift.api.config.ConfigurationException when the table does not exist, the condition is
     *     refused, or a value cannot be written in the format
     * @throws ExportException when Cassandra fails a read or the file cannot be written
     */
    public ExportResult export(ExportOptions options) {
        return new TableExporter(connection.session(), connection.configuration().keyspace(), reporter)
                .export(options);
    }
}
