package org.cqlshift.api.migration;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One line of {@code info}: a script (or a history entry whose file is gone) and its state.
 *
 * @param failedStatement for {@link ScriptState#FAILED}, the 1-based number of the statement that failed
 * @param statements the number of statements in the file, or 0 when the file is missing or for a Java migration
 * @param statementsDone for {@link ScriptState#FAILED} and {@link ScriptState#INTERRUPTED}, the statements
 *     recorded as done; migrate resumes after them
 * @param checksum the checksum recorded when the script was applied, or else the file's; empty for a script that
 *     cassandra-migration applied, or a baseline
 * @param type whether the migration is a CQL script or a {@link JavaMigration}, whose {@code script} is its class name
 */
public record ScriptInfo(int version, String description, String script, ScriptState state,
                         Optional<Instant> installedOn, Optional<Duration> executionTime,
                         OptionalInt failedStatement, int statements, int statementsDone,
                         Optional<String> failure, Optional<String> checksum, MigrationType type) {

    /** The state as shown to users, e.g. {@code failed at statement 2 of 3}. */
    public String stateDescription() {
        if (type == MigrationType.JAVA) {
            // A Java migration is one unit: it has no statements to count.
            return state.label();
        }
        if (state == ScriptState.FAILED && failedStatement.isPresent()) {
            return "failed at statement " + failedStatement.getAsInt() + " of " + statements;
        }
        if (state == ScriptState.INTERRUPTED) {
            return "interrupted after statement " + statementsDone + " of " + statements;
        }
        return state.label();
    }
}
