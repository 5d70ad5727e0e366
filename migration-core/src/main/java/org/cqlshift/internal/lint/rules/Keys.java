package org.cqlshift.internal.lint.rules;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.cqlshift.internal.ddl.Ddl;

/** A CREATE TABLE's key as {@link org.cqlshift.internal.lint.KnownTable#keyDescription()} writes one. */
final class Keys {

    private Keys() {
    }

    static String of(Ddl.CreateTable create) {
        Map<String, Boolean> descending = new HashMap<>();
        create.clusteringOrder().forEach(order -> descending.put(order.column().name(), order.descending()));
        StringBuilder key = new StringBuilder("((").append(create.key().partition().stream()
                .map(token -> token.name()).collect(Collectors.joining(", "))).append(')');
        create.key().clustering().forEach(column -> key.append(", ").append(column.name())
                .append(descending.getOrDefault(column.name(), false) ? " DESC" : ""));
        return key.append(')').toString();
    }
}
