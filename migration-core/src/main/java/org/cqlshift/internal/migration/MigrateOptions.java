package org.cqlshift.internal.migration;

import java.time.Duration;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * How one {@code migrate} runs.
 *
 * @param dryRun print the pending statements, resolved, and change nothing
 * @param target the highest version to apply; all pending scripts when empty
 * @param lockWaitTimeout how long to wait for another runner's migration lock before giving up
 * @param releaseLockOnShutdown whether a JVM shutdown hook releases the lock if the process is stopped (SIGTERM)
 *     mid-migration: command-line front ends want this; an application embedding the engine may not
 * @param lint checks the scripts about to run before any runs, also in a dry run
 */
public record MigrateOptions(boolean dryRun, OptionalInt target, Duration lockWaitTimeout,
                             boolean releaseLockOnShutdown, PendingLint lint) {

    public MigrateOptions {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(lockWaitTimeout, "lockWaitTimeout");
        Objects.requireNonNull(lint, "lint");
    }
}
