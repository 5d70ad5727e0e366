package org.cqlshift.internal.seed;

import java.util.List;
import java.util.Map;

/**
 * A value of a seed row as a YAML, CSV or JSON file writes it, with its position: scalars stay text so that
 * they are converted by the column's CQL type, never by the format's guess (a YAML parser would make
 * {@code 2026-03-01} a date and {@code 0x1F} a number).
 */
sealed interface SeedValue {

    int line();

    int column();

    /** A short rendering for error messages. */
    String describe();

    /** Whether the value is YAML's (or an empty CSV cell's) null. */
    static boolean isNull(SeedValue node) {
        return node instanceof Scalar scalar && scalar.isNull();
    }

    /** A plain or quoted scalar; {@code isNull} for an unquoted {@code null}, {@code ~} or empty value. */
    record Scalar(String text, boolean isNull, int line, int column) implements SeedValue {
        @Override
        public String describe() {
            return isNull ? "null" : "'" + (text.length() > 80 ? text.substring(0, 77) + "..." : text) + "'";
        }
    }

    record Sequence(List<SeedValue> items, int line, int column) implements SeedValue {
        @Override
        public String describe() {
            return "a list of " + items.size() + " items";
        }
    }

    /** A mapping with string keys, in the order written; duplicate keys are rejected when reading. */
    record Mapping(Map<String, SeedValue> entries, Map<String, Scalar> keys, int line, int column) implements SeedValue {
        @Override
        public String describe() {
            return "a mapping with keys " + entries.keySet();
        }
    }
}
