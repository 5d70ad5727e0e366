package org.cqlshift.internal.schema;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A materialized view; its columns and options follow the rules of {@link TableSchema}.
 *
 * @param whereClause as the server keeps it: {@code v IS NOT NULL AND id IS NOT NULL}
 */
public record ViewSchema(String name, String baseTable, String whereClause, boolean includeAllColumns,
                         List<ColumnSchema> columns, Map<String, String> options) {

    public ViewSchema {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(baseTable, "baseTable");
        Objects.requireNonNull(whereClause, "whereClause");
        columns = columns.stream().sorted(TableSchema.CANONICAL_ORDER).toList();
        options = TableSchema.sorted(options);
    }

    public List<ColumnSchema> partitionKey() {
        return columns.stream().filter(column -> column.kind() == ColumnKind.PARTITION_KEY).toList();
    }

    public List<ColumnSchema> clustering() {
        return columns.stream().filter(column -> column.kind() == ColumnKind.CLUSTERING).toList();
    }

    public String primaryKey() {
        return PrimaryKeys.of(partitionKey(), clustering());
    }
}
