package org.cqlshift.internal.schema;

import java.util.Locale;

/** What part a column plays in its table, as {@code system_schema.columns.kind} says. */
public enum ColumnKind {
    PARTITION_KEY,
    CLUSTERING,
    STATIC,
    REGULAR;

    /** {@code partition_key}, {@code clustering}, {@code static} or {@code regular}. */
    public static ColumnKind of(String kind) {
        return valueOf(kind.toUpperCase(Locale.ROOT));
    }

    public boolean isPrimaryKey() {
        return this == PARTITION_KEY || this == CLUSTERING;
    }

    /** As the schema tables write it. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
