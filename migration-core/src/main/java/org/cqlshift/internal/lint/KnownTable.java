package org.cqlshift.internal.lint;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.cqlshift.internal.schema.ColumnKind;

/** A table or view as lint knows it: from the live schema, then changed by the statements before. */
public final class KnownTable {

    /** A column; {@code type} in the spelling of the schema tables. */
    public record Column(String name, String type, ColumnKind kind, int position, boolean descending) {
    }

    private final String name;
    private final boolean view;
    private final Map<String, Column> columns = new LinkedHashMap<>();
    private final Map<String, String> dropped = new TreeMap<>();
    private final Map<String, String> options = new TreeMap<>();

    KnownTable(String name, boolean view) {
        this.name = name;
        this.view = view;
    }

    public String name() {
        return name;
    }

    public boolean isView() {
        return view;
    }

    public Optional<Column> column(String column) {
        return Optional.ofNullable(columns.get(column));
    }

    public Map<String, Column> columns() {
        return columns;
    }

    /** Dropped column name to its type as the server recorded it. */
    public Map<String, String> dropped() {
        return dropped;
    }

    /** Options set to other than their default, as CQL literals. */
    public Map<String, String> options() {
        return options;
    }

    public List<Column> partitionKey() {
        return columns.values().stream().filter(column -> column.kind() == ColumnKind.PARTITION_KEY)
                .sorted(java.util.Comparator.comparingInt(Column::position)).toList();
    }

    public List<Column> clustering() {
        return columns.values().stream().filter(column -> column.kind() == ColumnKind.CLUSTERING)
                .sorted(java.util.Comparator.comparingInt(Column::position)).toList();
    }

    /** {@code ((a), b DESC)}: the key and clustering order, to compare and to show. */
    public String keyDescription() {
        StringBuilder key = new StringBuilder("((");
        key.append(String.join(", ", partitionKey().stream().map(Column::name).toList())).append(')');
        clustering().forEach(column -> key.append(", ").append(column.name())
                .append(column.descending() ? " DESC" : ""));
        return key.append(')').toString();
    }
}
