package org.cqlshift.internal.schema;

import java.util.List;
import java.util.Objects;

/** A user-defined function; functions are overloaded, so one is named by its name and argument types. */
public record FunctionSchema(String name, List<String> argumentNames, List<String> argumentTypes, String returnType,
                             String language, String body, boolean calledOnNullInput) {

    public FunctionSchema {
        Objects.requireNonNull(name, "name");
        argumentNames = List.copyOf(argumentNames);
        argumentTypes = List.copyOf(argumentTypes);
        Objects.requireNonNull(returnType, "returnType");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(body, "body");
    }

    /** {@code plus(int, int)}, unique in a keyspace. */
    public String signature() {
        return Signatures.of(name, argumentTypes);
    }
}
