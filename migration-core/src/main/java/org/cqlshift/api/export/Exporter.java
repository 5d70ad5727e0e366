package org.cqlshift.api.export;

import java.time.Duration;
import org.cqlshift.api.CassandraConnection;
import org.cqlshift.api.Reporter;
import org.cqlshift.internal.export.TableExporter;

/**
 * Writes a table, or the rows a condition selects, as a seed file that {@code seed} loads back value for
 * value. Rows stream page by page into a temporary file that replaces the output only when complete.
 */
public final class Exporter {

    /** How often a progress line is reported when no listener is given. */
    public static final Duration PROGRESS_LINE_INTERVAL = Duration.ofSeconds(5);

    private final CassandraConnection connection;
    private final Reporter reporter;
    private final ExportListener listener;

    private Exporter(CassandraConnection connection, Reporter reporter, ExportListener listener) {
        this.connection = connection;
        this.reporter = reporter;
        this.listener = listener;
    }

    /** An exporter that reports progress as a plain line through the reporter every 5 seconds. */
    public static Exporter create(CassandraConnection connection, Reporter reporter) {
        return create(connection, reporter, new ExportListener() {
            private long lastLine = System.nanoTime();

            @Override
            public void progress(String table, long rows, Duration elapsed) {
                if (System.nanoTime() - lastLine >= PROGRESS_LINE_INTERVAL.toNanos()) {
                    lastLine = System.nanoTime();
                    reporter.info(ExportListener.describe(table, rows, elapsed));
                }
            }
        });
    }

    public static Exporter create(CassandraConnection connection, Reporter reporter, ExportListener listener) {
        return new Exporter(connection, reporter, listener);
    }

    /**
     * @throws org.cqlshift.api.config.ConfigurationException when the table does not exist, the condition is
     *     refused, or a value cannot be written in the format
     * @throws ExportException when Cassandra fails a read or the file cannot be written
     */
    public ExportResult export(ExportOptions options) {
        return new TableExporter(connection.session(), connection.configuration().keyspace(), reporter, listener)
                .export(options);
    }
}
