package org.cqlshift.api.migration;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One repeatable script ({@code R__<description>.cql}) in {@code info}: it has no version, and migrate runs it,
 * after the versioned scripts, whenever it is new or its checksum changed.
 *
 * @param state {@link ScriptState#PENDING} (never run), {@link ScriptState#SUCCESS} (the file is what last ran),
 *     {@link ScriptState#OUTDATED} (the file changed since it last ran; migrate runs it again),
 *     {@link ScriptState#FAILED} (its last run failed; migrate runs it again from its first statement) or
 *     {@link ScriptState#MISSING} (recorded, but its file is gone)
 * @param installedOn when it last ran, if it did
 * @param executionTime how long its last run took, if it completed
 * @param failedStatement for {@link ScriptState#FAILED}, the 1-based number of the statement that failed
 * @param statements the number of statements in the file, or 0 when the file is missing
 * @param checksum the file's checksum, or the recorded one when the file is missing
 */
public record RepeatableScriptInfo(String description, String script, ScriptState state,
                                   Optional<Instant> installedOn, Optional<Duration> executionTime,
                                   OptionalInt failedStatement, int statements, Optional<String> failure,
                                   Optional<String> checksum) {

    /** The state as shown to users, e.g. {@code failed at statement 2 of 3}. */
    public String stateDescription() {
        if (state == ScriptState.FAILED && failedStatement.isPresent()) {
            return "failed at statement " + failedStatement.getAsInt() + " of " + statements;
        }
        return state.label();
    }
}
