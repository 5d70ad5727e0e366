package org.cqlshift.api.callback;

/**
 * Code that runs at an {@link Event} of migrate or seed, as Flyway's callbacks do; registered with
 * {@link org.cqlshift.api.CqlShiftBuilder#callbacks(Callback...)}, or as a bean with the Spring Boot starter. For each
 * event, the callback scripts of the migrations folder run first, in file-name order, then the Java callbacks in
 * the order they were registered.
 *
 * <p>An exception thrown here stops the run with a {@link CallbackException} naming this callback and the event,
 * at the exit code of {@link Event#failure()}; a failure of {@link Event#AFTER_MIGRATE_ERROR} or
 * {@link Event#AFTER_SEED_ERROR} is added to the original error as a suppressed one and does not replace it.
 */
@FunctionalInterface
public interface Callback {

    /** Whether {@link #handle} is called for the event; every event by default. */
    default boolean supports(Event event) {
        return true;
    }

    void handle(Event event, CallbackContext context);

    /** How errors name this callback; its class name by default. */
    default String name() {
        return getClass().getName();
    }
}
