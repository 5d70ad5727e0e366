package org.cqlshift.internal.schema;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cqlshift.api.schema.SchemaObject;
import org.cqlshift.internal.ddl.CqlText;

/** The differences within one table (or a view's options): columns, options, dropped columns, indexes, triggers. */
public final class TableComparison {

    /** What to do when a primary key must change: there is no ALTER for it. */
    public static final String COPY_TABLE_RECIPE = "No ALTER changes a primary key or a clustering order. Create a new table"
            + " with the key you want, copy the rows into it (with a program or dsbulk unload and load; cqlsh COPY for"
            + " small tables), switch the application to it, then drop the old table.";

    private final CassandraLine line;
    private final String keyspace;
    private final Differences differences;

    TableComparison(CassandraLine line, String keyspace, Differences differences) {
        this.line = line;
        this.keyspace = keyspace;
        this.differences = differences;
    }

    void compare(TableSchema expected, TableSchema live) {
        String table = expected.name();
        if (expected.compactStorage() != live.compactStorage()) {
            differences.changed(SchemaObject.TABLE, name(table), "COMPACT STORAGE " + expected.compactStorage(),
                    "COMPACT STORAGE " + live.compactStorage(), null, "Only ALTER TABLE ... DROP COMPACT STORAGE"
                            + " changes how a table is stored, and only away from compact storage.");
        }
        columns(expected, live);
        options(table, false, expected.options(), live.options());
        dropped(expected, live);
        compareNamed(SchemaObject.INDEX, table, expected.indexes(), live.indexes(),
                index -> SchemaWriter.createIndex(keyspace, table, index),
                index -> "DROP INDEX " + CqlText.qualified(keyspace, index) + ";",
                "Building an index reads the whole table.");
        compareNamed(SchemaObject.TRIGGER, table, expected.triggers(), live.triggers(),
                trigger -> SchemaWriter.createTrigger(keyspace, table, trigger),
                trigger -> "DROP TRIGGER " + CqlText.identifier(trigger) + " ON " + CqlText.qualified(keyspace, table)
                        + ";", null);
    }

    private void columns(TableSchema expected, TableSchema live) {
        String table = expected.name();
        Map<String, ColumnSchema> wanted = byName(expected.columns());
        Map<String, ColumnSchema> actual = byName(live.columns());
        for (String column : SchemaComparison.union(wanted.keySet(), actual.keySet())) {
            ColumnSchema want = wanted.get(column);
            ColumnSchema have = actual.get(column);
            String name = name(table) + "." + CqlText.identifier(column);
            if (have == null) {
                differences.missing(SchemaObject.COLUMN, name, describe(want), want.kind().isPrimaryKey() ? null
                        : SchemaWriter.addColumn(keyspace, table, want), want.kind().isPrimaryKey()
                        ? COPY_TABLE_RECIPE : null);
            } else if (want == null) {
                differences.extra(SchemaObject.COLUMN, name, describe(have), have.kind().isPrimaryKey() ? null
                                : SchemaWriter.dropColumn(keyspace, table, column), have.kind().isPrimaryKey()
                                ? COPY_TABLE_RECIPE : "Dropping the column deletes its values. If it is meant to stay, add"
                                + " it in a new script instead: " + SchemaWriter.addColumn(keyspace, table, have));
            } else if (!want.equals(have)) {
                changedColumn(table, name, want, have);
            }
        }
    }

    private void changedColumn(String table, String name, ColumnSchema want, ColumnSchema have) {
        if (want.kind() != have.kind() || want.position() != have.position() || !want.order().equals(have.order())) {
            differences.changed(SchemaObject.COLUMN, name, describe(want), describe(have), null,
                    want.kind().isPrimaryKey() || have.kind().isPrimaryKey() ? COPY_TABLE_RECIPE
                            : "A column cannot become static, or stop being static, once it exists.");
        } else if (!want.type().equals(have.type())) {
            differences.changed(SchemaObject.COLUMN, name, describe(want), describe(have), null,
                    "No ALTER changes a column's type (Cassandra refuses it since 3.0.11): the values already written"
                            + " are encoded with the live type. Add a column with the new type and copy the values.");
        } else if (!want.mask().equals(have.mask())) {
            String column = CqlText.qualified(keyspace, table) + " ALTER " + CqlText.identifier(want.name());
            differences.changed(SchemaObject.COLUMN, name, describe(want), describe(have), "ALTER TABLE " + column
                    + want.mask().map(mask -> " MASKED WITH " + mask).orElse(" DROP MASKED") + ";", null);
        } else {
            differences.changed(SchemaObject.COLUMN, name, describe(want), describe(have), null,
                    "The constraint differs; change it with ALTER TABLE as Cassandra 6 allows, or in a new script.");
        }
    }

    /** {@code text}, or for a key column {@code int, clustering column 1, DESC}. */
    private static String describe(ColumnSchema column) {
        String definition = column.definition();
        if (column.kind() == ColumnKind.PARTITION_KEY) {
            return definition + ", partition key column " + (column.position() + 1);
        }
        if (column.kind() == ColumnKind.CLUSTERING) {
            return definition + ", clustering column " + (column.position() + 1) + " "
                    + column.order().toUpperCase(java.util.Locale.ROOT);
        }
        return definition;
    }

    void options(String table, boolean view, Map<String, String> expected, Map<String, String> live) {
        String expectedCompaction = expected.get("compaction");
        String liveCompaction = live.get("compaction");
        for (String option : SchemaComparison.union(expected.keySet(), live.keySet())) {
            String expectedValue = expected.getOrDefault(option,
                    line.tableDefault(option, expectedCompaction).orElse(null));
            String liveValue = live.getOrDefault(option, line.tableDefault(option, liveCompaction).orElse(null));
            if (Objects.equals(expectedValue, liveValue)) {
                continue;
            }
            differences.changed(SchemaObject.OPTION, name(table) + "." + option,
                    Optional.ofNullable(expectedValue).orElse("(not set)"), Optional.ofNullable(liveValue)
                            .orElse("(not set)"),
                    expectedValue == null ? null : SchemaWriter.alterOption(keyspace, table, view, option, expectedValue),
                    "compaction".equals(option) ? "A new compaction strategy makes every node rewrite the table's"
                            + " data files." : null);
        }
    }

    private void dropped(TableSchema expected, TableSchema live) {
        String table = expected.name();
        Map<String, DroppedColumn> wanted = expected.droppedColumns().stream()
                .collect(Collectors.toMap(DroppedColumn::name, Function.identity(), (a, b) -> a, TreeMap::new));
        Map<String, DroppedColumn> actual = live.droppedColumns().stream()
                .collect(Collectors.toMap(DroppedColumn::name, Function.identity(), (a, b) -> a, TreeMap::new));
        for (String column : SchemaComparison.union(wanted.keySet(), actual.keySet())) {
            DroppedColumn want = wanted.get(column);
            DroppedColumn have = actual.get(column);
            String name = name(table) + "." + CqlText.identifier(column);
            if (have == null) {
                String add = "ALTER TABLE " + CqlText.qualified(keyspace, table) + " ADD " + CqlText.identifier(column)
                        + " " + want.type() + ";\n" + SchemaWriter.dropColumn(keyspace, table, column);
                differences.missing(SchemaObject.DROPPED_COLUMN, name, want.type(),
                        live.column(column).isPresent() ? null : add, "The scripts drop this column, the live table has"
                                + " no record of it: it only matters for adding the column again.");
            } else if (want == null) {
                differences.extra(SchemaObject.DROPPED_COLUMN, name, have.type(), null, "The column was added and"
                        + " dropped outside the scripts. Cassandra remembers it, and refuses to add it again with"
                        + " another type; no CQL removes the record.");
            } else if (!want.equals(have)) {
                differences.changed(SchemaObject.DROPPED_COLUMN, name, want.type(), have.type(), null,
                        "The column was dropped with another type outside the scripts; no CQL changes the record.");
            }
        }
    }

    private <T> void compareNamed(SchemaObject object, String table, Map<String, T> expected, Map<String, T> live,
                                  Function<T, String> create, Function<String, String> drop, String note) {
        for (String key : SchemaComparison.union(expected.keySet(), live.keySet())) {
            T want = expected.get(key);
            T have = live.get(key);
            String name = CqlText.qualified(keyspace, key);
            if (have == null) {
                differences.missing(object, name, create.apply(want), create.apply(want), note);
            } else if (want == null) {
                differences.extra(object, name, create.apply(have), drop.apply(key), null);
            } else if (!want.equals(have)) {
                differences.changed(object, name, create.apply(want), create.apply(have),
                        drop.apply(key) + "\n" + create.apply(want), note);
            }
        }
    }

    private String name(String table) {
        return CqlText.qualified(keyspace, table);
    }

    private static Map<String, ColumnSchema> byName(List<ColumnSchema> columns) {
        Map<String, ColumnSchema> byName = new TreeMap<>();
        columns.forEach(column -> byName.put(column.name(), column));
        return byName;
    }
}
