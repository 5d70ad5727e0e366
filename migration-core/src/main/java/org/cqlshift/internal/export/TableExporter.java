package org.cqlshift.internal.export;

import com.datastax.oss.driver.api.core.CqlIdentifier;
import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.DriverException;
import com.datastax.oss.driver.api.core.cql.ColumnDefinition;
import com.datastax.oss.driver.api.core.cql.ResultSet;
import com.datastax.oss.driver.api.core.cql.Row;
import com.datastax.oss.driver.api.core.cql.SimpleStatement;
import com.datastax.oss.driver.api.core.servererrors.InvalidQueryException;
import com.datastax.oss.driver.api.core.servererrors.SyntaxError;
import com.datastax.oss.driver.api.core.type.DataType;
import com.datastax.oss.driver.api.core.type.DataTypes;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.cqlshift.api.Reporter;
import org.cqlshift.api.config.ConfigurationException;
import org.cqlshift.api.config.Setting;
import org.cqlshift.api.export.ExportException;
import org.cqlshift.api.export.ExportFormat;
import org.cqlshift.api.export.ExportListener;
import org.cqlshift.internal.export.ExportOptions;
import org.cqlshift.internal.session.Keyspaces;
import org.cqlshift.api.export.ExportResult;

/**
 * Streams a table page by page into a seed file: one page in memory at a time, written into a temporary
 * file beside the output that replaces it only once complete.
 */
public final class TableExporter {

    private static final JsonFactory JSON = new JsonFactory();
    private static final CsvFactory CSV = new CsvFactory();
    private static final long PROGRESS_INTERVAL_NANOS = 200_000_000L;

    /** One row per line, as a flow mapping that is both JSON and YAML: {@code { "id": 1, "tags": [ "a" ] }}. */
    private static final DefaultPrettyPrinter ONE_LINE = new DefaultPrettyPrinter(Separators.createDefaultInstance()
            .withRootSeparator("").withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(new DefaultIndenter("", "")).withArrayIndenter(DefaultPrettyPrinter.NopIndenter.instance);

    private final CqlSession session;
    private final String defaultKeyspace;
    private final Reporter reporter;
    private final ExportListener listener;
    private String qualifiedTable;

    public TableExporter(CqlSession session, String defaultKeyspace, Reporter reporter, ExportListener listener) {
        this.session = session;
        this.defaultKeyspace = defaultKeyspace;
        this.reporter = reporter;
        this.listener = listener;
    }

    public ExportResult export(ExportOptions options) {
        long started = System.nanoTime();
        int dot = options.table().indexOf('.');
        String keyspace = dot < 0 ? defaultKeyspace : options.table().substring(0, dot);
        String table = dot < 0 ? options.table() : options.table().substring(dot + 1);
        requireTable(keyspace, table);
        qualifiedTable = keyspace + "." + table;
        String query = "SELECT * FROM " + CqlIdentifier.fromInternal(keyspace).asCql(true) + "."
                + CqlIdentifier.fromInternal(table).asCql(true)
                + options.where().map(condition -> " WHERE " + condition).orElse("");
        ResultSet rows = select(query, options);
        List<String> names = new ArrayList<>();
        List<DataType> types = new ArrayList<>();
        for (ColumnDefinition column : rows.getColumnDefinitions()) {
            names.add(column.getName().asInternal());
            types.add(column.getType());
        }
        Path output = options.output().toAbsolutePath();
        Path temporary = null;
        try {
            Files.createDirectories(output.getParent());
            temporary = Files.createTempFile(output.getParent(), "." + output.getFileName(), ".part");
            long count;
            try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                count = options.format() == ExportFormat.CSV ? writeCsv(out, rows, names, types, table, started)
                        : writeRows(out, rows, names, types, table, options.format(), started);
            }
            Files.move(temporary, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            ExportResult result = new ExportResult(qualifiedTable, output, count,
                    Duration.ofNanos(System.nanoTime() - started));
            listener.finished(result);
            reporter.info("Exported " + count + " rows of " + result.table() + " to " + output + " in "
                    + String.format("%.1f s", result.elapsed().toMillis() / 1000.0) + ".");
            return result;
        } catch (IOException | UncheckedIOException e) {
            throw new ExportException("Writing " + output + " failed: " + e.getMessage() + ". No file was written.",
                    "Check that the folder exists and is writable, and that the disk has room.", e);
        } catch (DriverException e) {
            throw new ExportException("Reading " + keyspace + "." + table + " failed part-way: " + e.getMessage()
                    + ". No file was written.", "Check the cluster and run export again.", e);
        } finally {
            deleteQuietly(temporary);
        }
    }

    private void requireTable(String keyspace, String table) {
        if (!Keyspaces.tableExists(session, keyspace, table)) {
            throw new ConfigurationException("Table " + keyspace + "." + table + " does not exist, so it cannot be"
                    + " exported.", "Give --export-table as <table> (in the configured keyspace) or <keyspace>.<table>.");
        }
    }

    private ResultSet select(String query, ExportOptions options) {
        try {
            return session.execute(SimpleStatement.newInstance(query).setPageSize(options.pageSize()));
        } catch (InvalidQueryException | SyntaxError e) {
            throw new ConfigurationException("Cassandra refused the export query '" + query + "': " + e.getMessage(),
                    "Restrict --export-where by the partition key, or end it with ALLOW FILTERING to scan the table.", e);
        }
    }

    /** YAML ({@code table:} and a list of flow mappings) or JSON (an array of objects), one row per line. */
    private long writeRows(Writer out, ResultSet rows, List<String> names, List<DataType> types, String table,
            ExportFormat format, long started) throws IOException {
        boolean yaml = format == ExportFormat.YAML;
        JsonGenerator json = JSON.createGenerator(out).setPrettyPrinter(ONE_LINE);
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        if (yaml) {
            out.write("table: ");
            json.writeString(table);
            json.flush();
            out.write("\nrows:\n");
        } else {
            out.write("[\n");
        }
        long count = 0;
        long lastReport = System.nanoTime();
        for (Row row : rows) {
            json.flush();
            out.write(yaml ? "  - " : count == 0 ? "  " : ",\n  ");
            json.writeStartObject();
            for (int i = 0; i < names.size(); i++) {
                json.writeFieldName(names.get(i));
                ValueWriter.write(json, types.get(i), row.getObject(i));
            }
            json.writeEndObject();
            json.flush();
            if (yaml) {
                out.write("\n");
            }
            count++;
            lastReport = progress(count, started, lastReport);
        }
        json.close();
        if (!yaml) {
            out.write(count == 0 ? "]\n" : "\n]\n");
        }
        return count;
    }

    /** A header of column names, one record per row; empty cells are null, so empty text cannot be written. */
    private long writeCsv(Writer out, ResultSet rows, List<String> names, List<DataType> types, String table,
            long started) throws IOException {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        names.forEach(schema::addColumn);
        long lastReport = System.nanoTime();
        long count = 0;
        try (CsvGenerator csv = CSV.createGenerator(out)) {
            csv.setSchema(schema.build());
            for (Row row : rows) {
                csv.writeStartObject();
                for (int i = 0; i < names.size(); i++) {
                    Object value = row.getObject(i);
                    csv.writeFieldName(names.get(i));
                    if (value == null) {
                        csv.writeNull();
                    } else {
                        String text = ValueWriter.text(types.get(i), value);
                        if (text.isEmpty() && isText(types.get(i))) {
                            throw new ConfigurationException("Row " + (count + 1) + " of " + table + " has an empty"
                                    + " text in column '" + names.get(i) + "', which CSV cannot tell from null (an"
                                    + " empty cell).", "Export this table as YAML or JSON (" + Setting.EXPORT_FORMAT.flag() + " yaml or json).");
                        }
                        csv.writeString(text);
                    }
                }
                csv.writeEndObject();
                count++;
                lastReport = progress(count, started, lastReport);
            }
        }
        return count;
    }

    private static boolean isText(DataType type) {
        return DataTypes.TEXT.equals(type) || DataTypes.ASCII.equals(type);
    }

    private long progress(long count, long started, long lastReport) {
        if ((count & 1023) != 0) {
            return lastReport;
        }
        long now = System.nanoTime();
        if (now - lastReport < PROGRESS_INTERVAL_NANOS) {
            return lastReport;
        }
        listener.progress(qualifiedTable, count, Duration.ofNanos(now - started));
        return now;
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // Only the leftover of a failed export; the failure itself is what is reported.
        }
    }
}
