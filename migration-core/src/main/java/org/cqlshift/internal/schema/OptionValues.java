package org.cqlshift.internal.schema;

import java.util.Map;

/**
 * Option values whose CQL spelling differs from how the schema tables keep them: Cassandra 6's {@code fast_path}
 * is a map in {@code system_schema} and a word in CQL.
 */
final class OptionValues {

    private static final Map<String, String> FAST_PATH = Map.of(
            "{'kind': 'SIMPLE'}", "'simple'",
            "{'kind': 'INHERIT_KEYSPACE'}", "'keyspace'");

    private OptionValues() {
    }

    /** The value as a statement must write it. */
    static String cql(String option, String literal) {
        return "fast_path".equals(option) ? FAST_PATH.getOrDefault(literal, literal) : literal;
    }
}
