package org.cqlshift.internal.schema;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A column of a table or view.
 *
 * @param name       as Cassandra stores it (unquoted, case kept)
 * @param type       as {@code system_schema.columns.type} writes it: {@code map<text, int>}, {@code frozen<address>}
 * @param position   the place in the partition key or among the clustering columns; -1 for the others
 * @param order      {@code asc} or {@code desc} for a clustering column, {@code none} for the others
 * @param mask       the masking function of Cassandra 5.0's dynamic data masking, as CQL writes it
 *                   ({@code system.mask_inner(1, 1)})
 * @param constraint Cassandra 6.0's constraint, as written after the type ({@code CHECK v > 0})
 */
public record ColumnSchema(String name, String type, ColumnKind kind, int position, String order,
                           Optional<String> mask, Optional<String> constraint) {

    public static final String NO_ORDER = "none";

    public ColumnSchema {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(kind, "kind");
        order = order.toLowerCase(Locale.ROOT);
        Objects.requireNonNull(mask, "mask");
        Objects.requireNonNull(constraint, "constraint");
    }

    public static ColumnSchema of(String name, String type, ColumnKind kind, int position, String order) {
        return new ColumnSchema(name, type, kind, position, order, Optional.empty(), Optional.empty());
    }

    public boolean isDescending() {
        return "desc".equals(order);
    }

    public ColumnSchema withMask(Optional<String> newMask) {
        return new ColumnSchema(name, type, kind, position, order, newMask, constraint);
    }

    public ColumnSchema withConstraint(Optional<String> newConstraint) {
        return new ColumnSchema(name, type, kind, position, order, mask, newConstraint);
    }

    /** The column's definition after its name, as CREATE TABLE writes it: {@code text STATIC MASKED WITH ...}. */
    public String definition() {
        StringBuilder definition = new StringBuilder(type);
        if (kind == ColumnKind.STATIC) {
            definition.append(" STATIC");
        }
        mask.ifPresent(function -> definition.append(" MASKED WITH ").append(function));
        constraint.ifPresent(check -> definition.append(' ').append(check));
        return definition.toString();
    }
}
