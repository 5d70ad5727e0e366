package org.cqlshift.internal.schema;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A secondary index: a built-in one ({@code COMPOSITES}, or {@code KEYS} on old compact tables) or a
 * {@code CUSTOM} one, such as SAI or SASI, with its class.
 *
 * @param target    what it indexes, as CQL writes it: {@code email}, {@code values(tags)}, {@code "userId"}
 * @param className the custom index class, in its canonical spelling (see {@link CassandraLine#indexClass})
 * @param options   the index options other than the target and the class
 */
public record IndexSchema(String name, String kind, String target, Optional<String> className,
                          Map<String, String> options) {

    public static final String CUSTOM = "CUSTOM";

    public IndexSchema {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(className, "className");
        options = Map.copyOf(new TreeMap<>(options));
    }

    public boolean isCustom() {
        return CUSTOM.equals(kind);
    }
}
