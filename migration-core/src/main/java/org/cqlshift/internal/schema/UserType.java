package org.cqlshift.internal.schema;

import java.util.List;
import java.util.Objects;

/** A user-defined type; the order of its fields is part of it, as values are stored in that order. */
public record UserType(String name, List<Field> fields) {

    /** @param type as {@code system_schema.types.field_types} writes it */
    public record Field(String name, String type) {
        public Field {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(type, "type");
        }
    }

    public UserType {
        Objects.requireNonNull(name, "name");
        fields = List.copyOf(fields);
    }
}
