package org.cqlshift.internal.cql;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.cqlshift.api.callback.Event;
import org.cqlshift.internal.EditDistance;

/**
 * The naming rule of callback scripts, {@code <event>.cql} or {@code <event>__<description>.cql} with the event
 * spelled exactly as {@link Event#id()}, and the names that come close to it without following it.
 */
public final class CallbackScriptName {

    static final String SEPARATOR = "__";
    public static final String RULE = "a callback script is named <event>.cql or <event>" + SEPARATOR
            + "<description>.cql, where <event> is one of " + Arrays.stream(Event.values()).map(Event::id)
            .collect(Collectors.joining(", ")) + ", spelled exactly";
    /** Edits (letters added, removed or changed) that still make a name a near miss of an event's. */
    private static final int NEAR = 2;

    private CallbackScriptName() {
    }

    /** The event of a file name that follows the rule. */
    public static Optional<Event> event(String fileName) {
        if (!fileName.endsWith(ScriptName.EXTENSION)) {
            return Optional.empty();
        }
        String base = fileName.substring(0, fileName.length() - ScriptName.EXTENSION.length());
        int separator = base.indexOf(SEPARATOR);
        if (separator >= 0 && separator + SEPARATOR.length() == base.length()) {
            return Optional.empty();
        }
        return Event.ofId(separator < 0 ? base : base.substring(0, separator));
    }

    /**
     * The event a script's name seems meant for although it does not follow the rule, such as
     * {@code beforemigrate.cql}, {@code afterMigrates.cql} or {@code beforeMigrate_users.cql}; empty when the name
     * follows the rule or is not close to any event's.
     */
    public static Optional<Event> nearMiss(String fileName) {
        if (event(fileName).isPresent() || fileName.isEmpty() || Character.isDigit(fileName.charAt(0))) {
            return Optional.empty();
        }
        String lower = fileName.toLowerCase(Locale.ROOT);
        String base = lower.endsWith(ScriptName.EXTENSION)
                ? lower.substring(0, lower.length() - ScriptName.EXTENSION.length()) : lower;
        String squashed = base.replaceAll("[^a-z]", "");
        Event nearest = null;
        int nearestDistance = Integer.MAX_VALUE;
        for (Event event : Event.values()) {
            String id = event.id().toLowerCase(Locale.ROOT);
            // The longest id a name starts with wins: afterMigrateError_x is near afterMigrateError, not afterMigrate.
            int distance = squashed.startsWith(id) ? -id.length() : EditDistance.between(squashed, id);
            if (distance < nearestDistance) {
                nearest = event;
                nearestDistance = distance;
            }
        }
        return nearestDistance <= NEAR ? Optional.of(nearest) : Optional.empty();
    }

    /** What to do about a near miss of the event's name. */
    static String suggestion(String fileName, Event event) {
        return "Rename " + fileName + " to " + event.id() + ScriptName.EXTENSION + " (or " + event.id() + SEPARATOR
                + "<description>" + ScriptName.EXTENSION + ", when an event has several scripts) to run it at "
                + event.id() + "; otherwise name it <version>_<description>.cql to make it a migration script.";
    }

    /** Levenshtein distance. */
}
