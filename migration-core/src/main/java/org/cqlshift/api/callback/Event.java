package org.cqlshift.api.callback;

import java.util.Optional;
import org.cqlshift.api.Failure;

/**
 * When a {@link Callback} or a callback script runs. A callback script is named after its event's {@link #id()}:
 * {@code beforeMigrate.cql}, or {@code beforeMigrate__<description>.cql} for one of several.
 */
public enum Event {
    /** Once migrate holds the lock, before the first pending script; also when nothing is pending. */
    BEFORE_MIGRATE("beforeMigrate", Failure.MIGRATION),
    /** Before each versioned script. */
    BEFORE_EACH_MIGRATE("beforeEachMigrate", Failure.MIGRATION),
    /** After each versioned script that was applied. */
    AFTER_EACH_MIGRATE("afterEachMigrate", Failure.MIGRATION),
    /** After migrate succeeded; also when nothing was pending. */
    AFTER_MIGRATE("afterMigrate", Failure.MIGRATION),
    /** After migrate failed, once beforeMigrate had started: a callback, a script or the lock failed. */
    AFTER_MIGRATE_ERROR("afterMigrateError", Failure.MIGRATION),
    /** Before seed considers the first seed file. */
    BEFORE_SEED("beforeSeed", Failure.SEED),
    /** After seed succeeded, also when no file was new or changed. */
    AFTER_SEED("afterSeed", Failure.SEED),
    /** After seed failed, once beforeSeed had started. */
    AFTER_SEED_ERROR("afterSeedError", Failure.SEED);

    private final String id;
    private final Failure failure;

    Event(String id, Failure failure) {
        this.id = id;
        this.failure = failure;
    }

    /** The name of its callback scripts, such as {@code beforeMigrate}. */
    public String id() {
        return id;
    }

    /** The kind of failure, and so the exit code, when one of its callbacks fails. */
    public Failure failure() {
        return failure;
    }

    /** The event of an {@link #id()}, spelled exactly. */
    public static Optional<Event> ofId(String id) {
        for (Event event : values()) {
            if (event.id.equals(id)) {
                return Optional.of(event);
            }
        }
        return Optional.empty();
    }
}
