package org.cqlshift.internal.schema;

import java.util.Set;

/**
 * Whether a table was created {@code WITH COMPACT STORAGE}, and in which layout, as its {@code flags} tell. A
 * compact table has columns CQL does not show: a static one the {@code column1} clustering column and the
 * {@code value} column, a dense one an {@code empty}-typed value column when none was declared.
 */
public enum CompactStorage {
    NONE,
    /** No clustering column was declared; declared columns are stored as static ones. */
    STATIC,
    /** Clustering columns and at most one other column were declared. */
    DENSE;

    /** From {@code system_schema.tables.flags}: {@code compound}, {@code dense}, {@code super}, {@code counter}. */
    public static CompactStorage of(Set<String> flags) {
        if (flags.contains("dense") || flags.contains("super")) {
            return DENSE;
        }
        return flags.contains("compound") ? NONE : STATIC;
    }
}
