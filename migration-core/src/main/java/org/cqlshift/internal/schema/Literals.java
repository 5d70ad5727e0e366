package org.cqlshift.internal.schema;

import java.nio.ByteBuffer;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.cqlshift.internal.ddl.CqlText;

/** Values read from the schema tables, written as the CQL literals of the schema model. */
final class Literals {

    private Literals() {
    }

    /**
     * {@code 'text'}, {@code 0.01}, {@code true}, a map with its {@code class} by simple name, a set; blobs as
     * {@code 0x...}.
     */
    static String of(Object value) {
        if (value instanceof String text) {
            return CqlText.string(text);
        }
        if (value instanceof ByteBuffer bytes) {
            return hex(bytes);
        }
        if (value instanceof Map<?, ?> map) {
            if (map.values().stream().allMatch(String.class::isInstance)) {
                Map<String, String> strings = new TreeMap<>();
                map.forEach((key, entry) -> strings.put((String) key, (String) entry));
                return CqlText.map(CqlText.withShortClass(strings));
            }
            return new TreeMap<>(map).entrySet().stream()
                    .map(entry -> of(entry.getKey()) + ": " + of(entry.getValue()))
                    .collect(Collectors.joining(", ", "{", "}"));
        }
        if (value instanceof Collection<?> items) {
            return items.stream().map(Literals::of).sorted().collect(Collectors.joining(", ", "{", "}"));
        }
        return String.valueOf(value);
    }

    private static String hex(ByteBuffer bytes) {
        StringBuilder hex = new StringBuilder("0x");
        ByteBuffer copy = bytes.duplicate();
        while (copy.hasRemaining()) {
            hex.append(String.format("%02x", copy.get()));
        }
        return hex.toString();
    }
}
