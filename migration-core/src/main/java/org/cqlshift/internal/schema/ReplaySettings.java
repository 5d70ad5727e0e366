package org.cqlshift.internal.schema;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * How to run the throw-away node that builds an expected schema.
 *
 * @param cassandraVersion the cassandra-all version; by default the live cluster's own release
 * @param javaHome         the JDK that runs the node; by default the one running cqlshift (Cassandra 4.1 needs a
 *                         Java 11)
 */
public record ReplaySettings(Optional<String> cassandraVersion, Optional<Path> javaHome) {

    public ReplaySettings {
        Objects.requireNonNull(cassandraVersion, "cassandraVersion");
        Objects.requireNonNull(javaHome, "javaHome");
    }

    public static ReplaySettings defaults() {
        return new ReplaySettings(Optional.empty(), Optional.empty());
    }
}
