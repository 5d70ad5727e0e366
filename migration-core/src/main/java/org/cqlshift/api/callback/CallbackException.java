package org.cqlshift.api.callback;

import java.util.Optional;
import org.cqlshift.api.CqlShiftException;

/**
 * A callback failed: a statement of a callback script, or a Java {@link Callback}. Its {@link #failure()} is the
 * event's ({@link Event#failure()}): a migrate event's failure is a migration failure, a seed event's a seed failure.
 */
public class CallbackException extends CqlShiftException {

    private final Event event;
    private final String callback;
    private final String source;
    private final int line;
    private final int column;

    /**
     * @param callback the callback script's file name or the Java callback's {@link Callback#name()}
     * @param source   a callback script's path or classpath resource, or null for a Java callback
     * @param line     the 1-based line of the failed statement, or 0 for a Java callback
     * @param column   the 1-based column of the failed statement, or 0 for a Java callback
     */
    public CallbackException(Event event, String callback, String source, int line, int column, String message,
                             String suggestion, Throwable cause) {
        super(event.failure(), message, suggestion, cause);
        this.event = event;
        this.callback = callback;
        this.source = source;
        this.line = line;
        this.column = column;
    }

    public Event event() {
        return event;
    }

    /** The callback script's file name, or the Java callback's name. */
    public String callback() {
        return callback;
    }

    /** A callback script's path or classpath resource, as shown to users; empty for a Java callback. */
    public Optional<String> source() {
        return Optional.ofNullable(source);
    }

    /** The 1-based line of a callback script's failed statement; 0 for a Java callback. */
    public int line() {
        return line;
    }

    /** The 1-based column of a callback script's failed statement; 0 for a Java callback. */
    public int column() {
        return column;
    }
}
