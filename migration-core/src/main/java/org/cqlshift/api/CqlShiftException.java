package org.cqlshift.api;

import java.util.Optional;

/**
 * Base of every error the engine reports. Each carries the {@link Failure} that front ends turn into
 * an exit code, and may suggest what the user should do next.
 */
public abstract class CqlShiftException extends RuntimeException {

    private final Failure failure;
    private final String suggestion;

    protected CqlShiftException(Failure failure, String message, String suggestion, Throwable cause) {
        super(message, cause);
        this.failure = failure;
        this.suggestion = suggestion;
    }

    public Failure failure() {
        return failure;
    }

    /** What the user can do about it, if the engine knows. */
    public Optional<String> suggestion() {
        return Optional.ofNullable(suggestion);
    }
}
