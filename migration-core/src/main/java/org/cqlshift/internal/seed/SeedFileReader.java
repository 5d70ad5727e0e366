package org.cqlshift.internal.seed;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Streams a seed file: each YAML document names a table and lists rows, and each row is handed over as
 * soon as it is read, so memory does not grow with the file. {@code table} and {@code keyspace} must come
 * before {@code rows} in a document, since rows are converted by the table's column types as they stream.
 * CSV and JSON files hold the rows of the one table their file name gives. YAML is read from SnakeYAML's
 * events ({@link YamlSeedReader}), CSV and JSON by Jackson's streaming parser of that format; rows of every
 * format reach the handler as the same nodes with positions.
 */
final class SeedFileReader {

    /** Receives what the file holds, in order. */
    interface Handler {
        /** A document starts its rows; {@code keyspace} is null when the document does not name one. */
        void table(String keyspace, String table, SeedValue.Scalar tableNode);

        void row(SeedValue.Mapping row);
    }

    /** Deeper nesting than any CQL type needs; it also keeps a hostile file from exhausting the stack. */
    static final int MAX_DEPTH = 200;

    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
            .build();

    private static final CsvFactory CSV = CsvFactory.builder()
            // An empty cell is null, as dsbulk reads it; a short or long row is a mistake, not a partial row.
            .enable(CsvParser.Feature.EMPTY_STRING_AS_NULL)
            .enable(CsvParser.Feature.FAIL_ON_MISSING_COLUMNS)
            .build();

    private final SeedFormat format;
    private final String fileName;
    private final String tableName;

    /** A reader of the file named {@code fileName} (relative to the seeds directory) in its format. */
    SeedFileReader(String fileName) {
        this(fileName, null);
    }

    /** The same, for a CSV or JSON file whose table a sidecar names ({@code table} or {@code keyspace.table}). */
    SeedFileReader(String fileName, String tableName) {
        this.fileName = fileName;
        this.tableName = tableName;
        this.format = SeedFormat.of(fileName).orElseThrow(() -> new IllegalArgumentException(fileName
                + " is not a seed file"));
    }

    void read(InputStream input, Handler handler) throws IOException {
        if (format == SeedFormat.YAML) {
            new YamlSeedReader(input).read(handler);
            return;
        }
        try (JsonParser parser = parser(input)) {
            readTableFile(parser, handler);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String reason = e.getOriginalMessage().lines().findFirst().orElse("malformed " + format.displayName());
            throw new SeedInputProblem(at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
                    "malformed " + format.displayName() + ": " + reason + ".",
                    "Fix the " + format.displayName() + " syntax at this position.", e);
        }
    }

    private JsonParser parser(InputStream input) throws IOException {
        if (format == SeedFormat.CSV) {
            CsvParser parser = CSV.createParser(input);
            parser.setSchema(CsvSchema.emptySchema().withHeader());
            return parser;
        }
        return JSON.createParser(input);
    }

    /** A CSV or JSON file: the rows of the table its name gives. */
    private void readTableFile(JsonParser parser, Handler handler) throws IOException {
        String name = tableName != null ? tableName : format.tableName(fileName.substring(fileName.lastIndexOf('/') + 1));
        int dot = name.indexOf('.');
        handler.table(dot < 0 ? null : name.substring(0, dot), dot < 0 ? name : name.substring(dot + 1),
                new SeedValue.Scalar(name, false, 0, 0));
        JsonToken token = parser.nextToken();
        if (format == SeedFormat.JSON) {
            if (token != JsonToken.START_ARRAY) {
                throw problem(parser.currentTokenLocation(), "a JSON seed file must be an array of rows, found "
                        + (token == null ? "nothing" : token.asString()) + ".",
                        "Write the rows as [{\"column\": value, ...}, ...], or one object per line in a .jsonl file.");
            }
            token = parser.nextToken();
        }
        while (token != null && token != JsonToken.END_ARRAY) {
            SeedValue row = node(parser);
            if (!(row instanceof SeedValue.Mapping mapping)) {
                throw new SeedInputProblem(row.line(), row.column(), "a row must be an object of column names to"
                        + " values, found " + row.describe() + ".", "Write the row as {\"column\": value, ...}.",
                        null);
            }
            handler.row(mapping);
            token = parser.nextToken();
        }
        if (format == SeedFormat.JSON && (token == null || parser.nextToken() != null)) {
            throw problem(parser.currentLocation(), token == null ? "the array of rows is not closed."
                    : "there is more after the array of rows.", "Keep exactly one JSON array of rows in the file.");
        }
    }

    /**
     * Reads a collection, tuple, UDT or vector written as JSON text in one value (a CSV cell, as dsbulk
     * reads them); the parts take the position of the value, since the text's own positions are shifted by
     * quoting.
     */
    static SeedValue jsonValue(SeedValue.Scalar value) throws IOException {
        try (JsonParser parser = JSON.createParser(value.text())) {
            parser.nextToken();
            SeedValue node = at(node(parser), value.line(), value.column());
            if (parser.nextToken() != null) {
                throw new com.fasterxml.jackson.core.JsonParseException(parser, "more text after the JSON value");
            }
            return node;
        }
    }

    private static SeedValue at(SeedValue node, int line, int column) {
        if (node instanceof SeedValue.Scalar scalar) {
            return new SeedValue.Scalar(scalar.text(), scalar.isNull(), line, column);
        }
        if (node instanceof SeedValue.Sequence sequence) {
            return new SeedValue.Sequence(sequence.items().stream().map(item -> at(item, line, column)).toList(),
                    line, column);
        }
        SeedValue.Mapping mapping = (SeedValue.Mapping) node;
        Map<String, SeedValue> entries = new LinkedHashMap<>();
        Map<String, SeedValue.Scalar> keys = new LinkedHashMap<>();
        mapping.entries().forEach((key, value) -> {
            entries.put(key, at(value, line, column));
            keys.put(key, new SeedValue.Scalar(key, false, line, column));
        });
        return new SeedValue.Mapping(entries, keys, line, column);
    }

    /** Adds a mapping's key; a key the mapping already has is an error at the second one. */
    static void addKey(Map<String, SeedValue.Scalar> keys, SeedValue.Scalar key) {
        SeedValue.Scalar first = keys.putIfAbsent(key.text(), key);
        if (first != null) {
            throw new SeedInputProblem(key.line(), key.column(), "duplicate key '" + key.text()
                    + "' in a mapping (first at line " + first.line() + ", column " + first.column() + ").",
                    "Keep one '" + key.text() + "' in this mapping.", null);
        }
    }

    /** Reads the value at the current token, with its nested values. */
    private static SeedValue node(JsonParser parser) throws IOException {
        JsonLocation at = parser.currentTokenLocation();
        int line = at.getLineNr();
        int column = at.getColumnNr();
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT: {
                Map<String, SeedValue> entries = new LinkedHashMap<>();
                Map<String, SeedValue.Scalar> keys = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    JsonLocation keyAt = parser.currentTokenLocation();
                    addKey(keys, new SeedValue.Scalar(key, false, keyAt.getLineNr(), keyAt.getColumnNr()));
                    parser.nextToken();
                    entries.put(key, node(parser));
                }
                return new SeedValue.Mapping(entries, keys, line, column);
            }
            case START_ARRAY: {
                List<SeedValue> items = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    items.add(node(parser));
                }
                return new SeedValue.Sequence(items, line, column);
            }
            case VALUE_NULL:
                return new SeedValue.Scalar(parser.getText(), true, line, column);
            case VALUE_STRING:
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
            case VALUE_TRUE:
            case VALUE_FALSE:
                return new SeedValue.Scalar(parser.getText(), false, line, column);
            default:
                throw new SeedInputProblem(line, column, "unsupported YAML value (" + token.asString() + ").",
                        "Write values as plain scalars, lists or mappings; tags such as !!binary are not read.",
                        null);
        }
    }

    private SeedInputProblem problem(JsonLocation at, String problem, String suggestion) {
        return new SeedInputProblem(at.getLineNr(), at.getColumnNr(), problem, suggestion, null);
    }
}
