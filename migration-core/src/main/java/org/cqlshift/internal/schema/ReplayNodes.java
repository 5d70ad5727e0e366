package org.cqlshift.internal.schema;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.cqlshift.api.Reporter;
import org.cqlshift.api.schema.EmbeddedNodeMissingException;

/**
 * Starts throw-away nodes when {@code cqlshift-embedded}, an optional dependency of the core, is on the class path,
 * and says which artifact is missing when it is not.
 */
public final class ReplayNodes {

    private static final String NODE_CLASS = "org.cqlshift.embedded.EmbeddedCassandra";

    private ReplayNodes() {
    }

    /**
     * A fresh node of the given cassandra-all version, every feature a cluster may have switched on enabled.
     *
     * @param operation what needs it, for the message when the artifact is missing: {@code diff}
     * @param javaHome  the JDK to run it with; Cassandra 4.1 needs a Java 11
     * @param classpath how to find cassandra-all's jars; null resolves them from Maven Central
     * @throws EmbeddedNodeMissingException when {@code cqlshift-embedded} is not on the class path
     */
    public static ReplayNode start(String operation, String version, Optional<Path> javaHome,
                                   Function<String, List<Path>> classpath, Reporter reporter) {
        requireArtifact(operation);
        try {
            return EmbeddedReplayNode.start(version, javaHome, classpath, reporter);
        } catch (NoClassDefFoundError e) {
            throw new EmbeddedNodeMissingException(operation, e);
        }
    }

    /** The cassandra-all version {@code cqlshift-embedded} was built with, for a replay with no cluster to match. */
    public static String defaultVersion(String operation) {
        requireArtifact(operation);
        try {
            return EmbeddedReplayNode.defaultVersion();
        } catch (NoClassDefFoundError e) {
            throw new EmbeddedNodeMissingException(operation, e);
        }
    }

    private static void requireArtifact(String operation) {
        try {
            Class.forName(NODE_CLASS, false, ReplayNodes.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            throw new EmbeddedNodeMissingException(operation, e);
        }
    }
}
