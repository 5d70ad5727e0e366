package org.cqlshift.internal.schema;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * How to run the throw-away node that builds an expected schema.
 *
 * @param cassandraVersion the cassandra-all version; by default the live cluster's own release
 * @param javaHome         the JDK that runs the node; by default the one running cqlshift (Cassandra 4.1 needs a
 *                         Java 11)
 * @param classpath        how to find the jars of a cassandra-all version, such as the Maven plugin's resolver;
 *                         null resolves them from Maven Central
 */
public record ReplaySettings(Optional<String> cassandraVersion, Optional<Path> javaHome,
                             Function<String, List<Path>> classpath) {

    public ReplaySettings {
        Objects.requireNonNull(cassandraVersion, "cassandraVersion");
        Objects.requireNonNull(javaHome, "javaHome");
    }

    /** Resolving cassandra-all from Maven Central. */
    public ReplaySettings(Optional<String> cassandraVersion, Optional<Path> javaHome) {
        this(cassandraVersion, javaHome, null);
    }

    public static ReplaySettings defaults() {
        return new ReplaySettings(Optional.empty(), Optional.empty());
    }
}
