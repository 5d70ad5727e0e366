package org.cqlshift.internal.schema;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A table. Columns are in a canonical order: the partition key and the clustering columns by position, then the
 * others by name, as the server itself lists them; options hold only the values that differ from the server's
 * defaults, as CQL literals.
 *
 * @param options        option name to CQL literal: {@code gc_grace_seconds -> 3600}, {@code comment -> 'it''s'}
 * @param compactStorage whether, and how, the table was created {@code WITH COMPACT STORAGE}
 */
public record TableSchema(String name, List<ColumnSchema> columns, Map<String, String> options,
                          CompactStorage compactStorage, List<DroppedColumn> droppedColumns, Map<String, IndexSchema> indexes,
                          Map<String, TriggerSchema> triggers) {

    static final Comparator<ColumnSchema> CANONICAL_ORDER = Comparator
            .comparing((ColumnSchema column) -> column.kind() == ColumnKind.PARTITION_KEY ? 0
                    : column.kind() == ColumnKind.CLUSTERING ? 1 : 2)
            .thenComparing(column -> column.kind().isPrimaryKey() ? column.position() : 0)
            .thenComparing(ColumnSchema::name);

    public TableSchema {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(compactStorage, "compactStorage");
        columns = columns.stream().sorted(CANONICAL_ORDER).toList();
        options = sorted(options);
        droppedColumns = droppedColumns.stream().sorted(Comparator.comparing(DroppedColumn::name)).toList();
        indexes = sorted(indexes);
        triggers = sorted(triggers);
    }

    static <V> Map<String, V> sorted(Map<String, V> map) {
        return java.util.Collections.unmodifiableMap(new TreeMap<>(map));
    }

    public Optional<ColumnSchema> column(String columnName) {
        return columns.stream().filter(column -> column.name().equals(columnName)).findFirst();
    }

    public List<ColumnSchema> partitionKey() {
        return columns.stream().filter(column -> column.kind() == ColumnKind.PARTITION_KEY).toList();
    }

    public List<ColumnSchema> clustering() {
        return columns.stream().filter(column -> column.kind() == ColumnKind.CLUSTERING).toList();
    }

    /** The primary key as CQL writes it: {@code ((region), id, since)}, or {@code (id)}. */
    public String primaryKey() {
        return PrimaryKeys.of(partitionKey(), clustering());
    }
}
