package org.cqlshift.embedded;

import java.nio.file.Path;
import java.util.List;

/**
 * Finds the runtime classpath of {@code org.apache.cassandra:cassandra-all} for a version. The default
 * resolves it from Maven Central; the Maven plugin supplies one backed by the running build's resolver.
 */
@FunctionalInterface
public interface CassandraClasspath {

    /**
     * The jars of cassandra-all {@code version} and its runtime dependencies, downloaded if needed.
     *
     * @throws EmbeddedCassandraException when the version does not exist or cannot be downloaded
     */
    List<Path> resolve(String version);

    /** Resolves from Maven Central into the user's local repository ({@code -Dmaven.repo.local} or ~/.m2/repository). */
    static CassandraClasspath mavenCentral() {
        return new MavenCentralClasspath();
    }
}
