package org.cqlshift.api;

import java.util.Locale;

/** What {@link CqlShift} can do; each front end offers them under these names (a runner command, a Maven goal). */
public enum Operation {
    MIGRATE, INFO, VALIDATE, BASELINE, REPAIR, SEED, EXPORT, VERIFY,
    /** The live keyspace against the schema its applied scripts build, or a schema file. */
    DIFF,
    /** Writes a keyspace's schema as one sorted CQL file. */
    SCHEMA,
    /** Checks the pending scripts for dangerous DDL. */
    LINT,
    /** Migrate, then seed, then verify. */
    UP,
    /** Starts embedded nodes and leaves them running, for a build's integration tests. */
    START;

    /** The name of the runner command and the Maven goal. */
    public String commandName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
