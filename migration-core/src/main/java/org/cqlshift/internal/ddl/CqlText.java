package org.cqlshift.internal.ddl;

import com.datastax.oss.driver.api.core.CqlIdentifier;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** How names and literals are written in the CQL that cqlshift prints: one spelling everywhere. */
public final class CqlText {

    /**
     * The packages of the classes that CQL accepts by their simple names (replication strategies, compaction
     * strategies, compressors); names in them are written without the package.
     */
    private static final List<String> SHORT_NAME_PACKAGES = List.of("org.apache.cassandra.locator.",
            "org.apache.cassandra.db.compaction.", "org.apache.cassandra.io.compress.");

    private CqlText() {
    }

    /** A name as CQL must write it: quoted when it has capitals or other characters, or is a reserved word. */
    public static String identifier(String name) {
        return CqlIdentifier.fromInternal(name).asCql(true);
    }

    /** {@code keyspace.name}, each part quoted as needed. */
    public static String qualified(String keyspace, String name) {
        return identifier(keyspace) + "." + identifier(name);
    }

    /** A string literal: {@code 'it''s'}. */
    public static String string(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    /** A map of strings as a literal with its keys sorted: {@code {'class': 'SimpleStrategy', ...}}. */
    public static String map(Map<String, String> map) {
        return new TreeMap<>(map).entrySet().stream()
                .map(entry -> string(entry.getKey()) + ": " + string(entry.getValue()))
                .collect(Collectors.joining(", ", "{", "}"));
    }

    /** A class of Cassandra's own packages by the simple name CQL accepts; any other class as it is. */
    public static String className(String name) {
        for (String prefix : SHORT_NAME_PACKAGES) {
            if (name.startsWith(prefix) && name.indexOf('.', prefix.length()) < 0) {
                return name.substring(prefix.length());
            }
        }
        return name;
    }

    /** A map whose {@code class} entry is written by its simple name, as {@link #className} does. */
    public static Map<String, String> withShortClass(Map<String, String> map) {
        String className = map.get("class");
        if (className == null) {
            return map;
        }
        Map<String, String> copy = new TreeMap<>(map);
        copy.put("class", className(className));
        return copy;
    }
}
