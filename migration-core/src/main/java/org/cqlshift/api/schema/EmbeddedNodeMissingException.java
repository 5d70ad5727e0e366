package org.cqlshift.api.schema;

import org.cqlshift.api.CqlShiftException;
import org.cqlshift.api.Failure;

/**
 * Building an expected schema needs a throw-away Cassandra node, and the artifact that runs one is not on the class
 * path: the core depends on it optionally.
 */
public class EmbeddedNodeMissingException extends CqlShiftException {

    /** The artifact that runs throw-away nodes, as Maven and Gradle coordinates name it. */
    public static final String ARTIFACT = "org.cqlshift:cqlshift-embedded";

    public EmbeddedNodeMissingException(String operation, Throwable cause) {
        super(Failure.CONFIGURATION, operation + " replays CQL on a throw-away Cassandra node, which needs " + ARTIFACT
                        + " on the class path; it is missing.",
                "Add the dependency " + ARTIFACT + " (same version as cqlshift-core) to the application; the runner"
                        + " and the Maven plugin already include it.", cause);
    }

    public String artifact() {
        return ARTIFACT;
    }
}
