package org.cqlshift.internal.schema;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A user-defined aggregate.
 *
 * @param initialCondition the INITCOND as CQL writes the literal
 */
public record AggregateSchema(String name, List<String> argumentTypes, String stateFunction, String stateType,
                              Optional<String> finalFunction, Optional<String> initialCondition, String returnType) {

    public AggregateSchema {
        Objects.requireNonNull(name, "name");
        argumentTypes = List.copyOf(argumentTypes);
        Objects.requireNonNull(stateFunction, "stateFunction");
        Objects.requireNonNull(stateType, "stateType");
        Objects.requireNonNull(finalFunction, "finalFunction");
        Objects.requireNonNull(initialCondition, "initialCondition");
        Objects.requireNonNull(returnType, "returnType");
    }

    public String signature() {
        return Signatures.of(name, argumentTypes);
    }
}
