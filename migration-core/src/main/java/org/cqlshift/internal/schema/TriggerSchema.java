package org.cqlshift.internal.schema;

import java.util.Objects;

/** A trigger on a table, with the class that implements it. */
public record TriggerSchema(String name, String className) {

    public TriggerSchema {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(className, "className");
    }
}
