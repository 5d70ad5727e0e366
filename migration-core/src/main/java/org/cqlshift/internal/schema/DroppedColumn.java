package org.cqlshift.internal.schema;

import java.util.Objects;

/**
 * A column the server remembers as dropped ({@code system_schema.dropped_columns}): it can be added again only with a
 * compatible type, and values written before the drop stay hidden. The drop time is when it happened on that
 * cluster, not part of the schema.
 *
 * @param type as the server stores it, user types written as tuples: {@code frozen<tuple<text, int>>}
 */
public record DroppedColumn(String name, String type, ColumnKind kind) {

    public DroppedColumn {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(kind, "kind");
    }
}
