package org.cqlshift.internal.seed;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.MappingStartEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.events.SequenceStartEvent;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.reader.UnicodeReader;

/**
 * Streams a YAML seed file from SnakeYAML's events: each document names a table and lists rows, and each
 * row is handed over as soon as it is read. Reading the events directly, rather than through a generic
 * token stream, spares every value a guess at its type, which the column's CQL type decides anyway; YAML
 * parsing is the costliest step of loading a file.
 */
final class YamlSeedReader {

    private static final String CORE_TAG = "tag:yaml.org,2002:";

    private final Parser parser;

    YamlSeedReader(InputStream input) {
        LoaderOptions options = new LoaderOptions();
        // SnakeYAML's default limit of 3 MB per document would stop large seed files.
        options.setCodePointLimit(Integer.MAX_VALUE);
        this.parser = new ParserImpl(new StreamReader(new UnicodeReader(input)), options);
    }

    void read(SeedFileReader.Handler handler) {
        try {
            Event event;
            while (!((event = parser.getEvent()).is(Event.ID.StreamEnd))) {
                if (event.is(Event.ID.MappingStart)) {
                    readDocument(event, handler);
                } else if (event instanceof ScalarEvent scalar && isNull(scalar)) {
                    continue; // an empty document, e.g. after a trailing ---
                } else if (!isStructure(event)) {
                    throw problem(event.getStartMark(), "a document must be a mapping with 'table' and 'rows', but"
                            + " found " + (event.is(Event.ID.SequenceStart) ? "a list" : "a single value") + ".",
                            "Write each document as 'table: <name>' and 'rows:' followed by a list of rows.");
                }
            }
        } catch (MarkedYAMLException e) {
            Mark at = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            throw new SeedInputProblem(at == null ? 0 : at.getLine() + 1, at == null ? 0 : at.getColumn() + 1,
                    "malformed YAML: " + e.getProblem() + (e.getContext() == null ? "" : " (" + e.getContext() + ")")
                            + ".", "Fix the YAML syntax at this position; YAML indents with spaces, never tabs.", e);
        } catch (YAMLException e) {
            throw new SeedInputProblem(0, 0, "malformed YAML: " + e.getMessage() + ".",
                    "Save the file as UTF-8 text.", e);
        }
    }

    /** The stream and document markers around the documents. */
    private static boolean isStructure(Event event) {
        return event.is(Event.ID.StreamStart) || event.is(Event.ID.DocumentStart) || event.is(Event.ID.DocumentEnd);
    }

    private void readDocument(Event start, SeedFileReader.Handler handler) {
        String keyspace = null;
        SeedValue.Scalar table = null;
        boolean sawRows = false;
        List<String> seen = new ArrayList<>();
        Event event;
        while (!((event = parser.getEvent()).is(Event.ID.MappingEnd))) {
            SeedValue.Scalar key = key(event, 1);
            if (seen.contains(key.text())) {
                throw problem(event.getStartMark(), "the document names '" + key.text() + "' twice.",
                        "Keep one '" + key.text() + "' per document.");
            }
            seen.add(key.text());
            switch (key.text()) {
                case "table" -> table = name(node(parser.getEvent(), 1), "table");
                case "keyspace" -> keyspace = name(node(parser.getEvent(), 1), "keyspace").text();
                case "rows" -> {
                    if (table == null) {
                        throw problem(event.getStartMark(), "'rows' comes before 'table'.",
                                "Put 'table:' (and 'keyspace:' if any) above 'rows:' in each document.");
                    }
                    handler.table(keyspace, table.text(), table);
                    readRows(parser.getEvent(), handler);
                    sawRows = true;
                }
                default -> throw problem(event.getStartMark(), "unknown key '" + key.text() + "' in a document.",
                        "A document has only 'table', 'keyspace' and 'rows'.");
            }
        }
        if (table == null || !sawRows) {
            throw problem(start.getStartMark(), "the document has no " + (table == null ? "'table'" : "'rows'") + ".",
                    "Give each document 'table: <name>' and 'rows:' with a list of rows (an empty list: rows: []).");
        }
    }

    private static SeedValue.Scalar name(SeedValue node, String key) {
        if (!(node instanceof SeedValue.Scalar scalar) || scalar.isNull() || scalar.text().isBlank()) {
            throw new SeedInputProblem(node.line(), node.column(), "'" + key + "' must be a name, found "
                    + node.describe() + ".", "Write '" + key + ": <name>'.", null);
        }
        return scalar;
    }

    private void readRows(Event start, SeedFileReader.Handler handler) {
        if (start instanceof ScalarEvent scalar && isNull(scalar)) {
            return;
        }
        if (!start.is(Event.ID.SequenceStart)) {
            throw problem(start.getStartMark(), "'rows' must be a list of rows, found " + node(start, 1).describe()
                    + ".", "Write 'rows:' followed by lines '  - {column: value, ...}'.");
        }
        Event event;
        while (!((event = parser.getEvent()).is(Event.ID.SequenceEnd))) {
            SeedValue row = node(event, 2);
            if (!(row instanceof SeedValue.Mapping mapping)) {
                throw new SeedInputProblem(row.line(), row.column(), "a row must be a mapping of column names to"
                        + " values, found " + row.describe() + ".", "Write the row as {column: value, ...}.", null);
            }
            handler.row(mapping);
        }
    }

    /** The value that starts with {@code event}, with its nested values; {@code depth} counts the enclosing ones. */
    private SeedValue node(Event event, int depth) {
        if (depth > SeedFileReader.MAX_DEPTH) {
            throw problem(event.getStartMark(), "values are nested more than " + SeedFileReader.MAX_DEPTH + " levels deep.",
                    "Nest lists and mappings only as deep as the column's CQL type.");
        }
        int line = event.getStartMark().getLine() + 1;
        int column = event.getStartMark().getColumn() + 1;
        if (event instanceof ScalarEvent scalar) {
            if (CORE_TAG.concat("binary").equals(scalar.getTag())) {
                throw new SeedInputProblem(line, column, "unsupported YAML value (a !!binary scalar).",
                        "Write values as plain scalars, lists or mappings; tags such as !!binary are not read.",
                        null);
            }
            return new SeedValue.Scalar(scalar.getValue(), isNull(scalar), line, column);
        }
        if (event instanceof SequenceStartEvent) {
            List<SeedValue> items = new ArrayList<>();
            Event item;
            while (!((item = parser.getEvent()).is(Event.ID.SequenceEnd))) {
                items.add(node(item, depth + 1));
            }
            return new SeedValue.Sequence(items, line, column);
        }
        if (event instanceof MappingStartEvent) {
            Map<String, SeedValue> entries = new LinkedHashMap<>();
            Map<String, SeedValue.Scalar> keys = new LinkedHashMap<>();
            Event keyEvent;
            while (!((keyEvent = parser.getEvent()).is(Event.ID.MappingEnd))) {
                SeedValue.Scalar key = key(keyEvent, depth + 1);
                SeedFileReader.addKey(keys, key);
                entries.put(key.text(), node(parser.getEvent(), depth + 1));
            }
            return new SeedValue.Mapping(entries, keys, line, column);
        }
        if (event instanceof AliasEvent alias) {
            throw new SeedInputProblem(line, column, "the alias *" + alias.getAnchor() + " is not read; seed files"
                    + " take no anchors and aliases.", "Write the value out in full here.", null);
        }
        throw problem(event.getStartMark(), "unexpected YAML " + event.getEventId() + ".",
                "Write values as plain scalars, lists or mappings.");
    }

    /** A mapping key, which must be a single value. */
    private SeedValue.Scalar key(Event event, int depth) {
        SeedValue key = node(event, depth);
        if (!(key instanceof SeedValue.Scalar scalar)) {
            throw new SeedInputProblem(key.line(), key.column(), "a mapping key must be a single value, found "
                    + key.describe() + ".", "Write keys as plain names, such as column names.", null);
        }
        return scalar;
    }

    /**
     * YAML's null: an unquoted, untagged {@code null}, {@code Null}, {@code NULL}, {@code ~} or nothing at all,
     * or a value tagged {@code !!null}. A quoted {@code 'null'} is text.
     */
    private static boolean isNull(ScalarEvent scalar) {
        String tag = scalar.getTag();
        if (tag != null && !tag.equals("!")) {
            return tag.equals(CORE_TAG + "null");
        }
        if (scalar.getScalarStyle() != DumperOptions.ScalarStyle.PLAIN) {
            return false;
        }
        String value = scalar.getValue();
        return value.isEmpty() || value.equals("~") || value.equals("null") || value.equals("Null")
                || value.equals("NULL");
    }

    private static SeedInputProblem problem(Mark at, String problem, String suggestion) {
        return new SeedInputProblem(at.getLine() + 1, at.getColumn() + 1, problem, suggestion, null);
    }
}
