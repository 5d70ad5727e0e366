package org.cqlshift.internal.schema;

import org.cqlshift.internal.ddl.CqlText;

import java.util.List;
import java.util.stream.Collectors;

/** A primary key as CQL writes it, for tables and views alike. */
final class PrimaryKeys {

    private PrimaryKeys() {
    }

    /** {@code (id)}, {@code (region, id)}, {@code ((region, shard), id)}. */
    static String of(List<ColumnSchema> partitionKey, List<ColumnSchema> clustering) {
        String partition = partitionKey.stream().map(column -> CqlText.identifier(column.name()))
                .collect(Collectors.joining(", "));
        if (partitionKey.size() > 1) {
            partition = "(" + partition + ")";
        }
        StringBuilder key = new StringBuilder("(").append(partition);
        clustering.forEach(column -> key.append(", ").append(CqlText.identifier(column.name())));
        return key.append(')').toString();
    }

    /** {@code id DESC, since ASC}, or empty when no clustering column is descending. */
    static String clusteringOrder(List<ColumnSchema> clustering) {
        if (clustering.stream().noneMatch(ColumnSchema::isDescending)) {
            return "";
        }
        return clustering.stream()
                .map(column -> CqlText.identifier(column.name()) + (column.isDescending() ? " DESC" : " ASC"))
                .collect(Collectors.joining(", "));
    }
}
