package org.cqlshift.api.migration;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Where one script stands against the keyspace's migration history. Repeatable scripts are {@link #PENDING},
 * {@link #SUCCESS}, {@link #OUTDATED}, {@link #FAILED} or {@link #MISSING}.
 */
public enum ScriptState {
    /** Not applied yet. */
    PENDING("pending"),
    /** Applied, and the file still holds what was applied. */
    SUCCESS("success"),
    /**
     * Applied with {@code outOfOrder} after a script of a higher version, and the file still holds what was applied.
     */
    OUT_OF_ORDER("out-of-order"),
    /** A statement failed; the statements before it succeeded and migrate resumes after them. */
    FAILED("failed"),
    /**
     * Started but neither completed nor failed: the runner was killed, or a repair cleared the failure.
     * Migrate resumes at the first statement not recorded as done, and counts that one as applied when the
     * server answers that its effect is already there.
     */
    INTERRUPTED("interrupted"),
    /** Applied, but the file was edited afterwards. */
    CHANGED("changed"),
    /** Applied (or failed), but its file is gone. */
    MISSING("missing"),
    /** Covered by a baseline: treated as applied without having been run by this tool. */
    BASELINE("baseline"),
    /**
     * A repeatable script applied before whose file changed since: migrate runs it again, after the versioned
     * scripts.
     */
    OUTDATED("outdated"),
    /**
     * A versioned script at or below the version of the baseline script the keyspace started from (or will start
     * from, on a keyspace without history): never run, as the baseline script holds its changes.
     */
    SUPERSEDED("superseded");

    private final String label;

    ScriptState(String label) {
        this.label = label;
    }

    /** Every state's label, in order, joined by commas: for lists of the states in help and docs. */
    public static String labels() {
        return Arrays.stream(values()).map(ScriptState::label).collect(Collectors.joining(", "));
    }

    /** Whether the script counts as applied: it ran to its end, or a baseline covers it; its file may differ now. */
    public boolean isApplied() {
        return this == SUCCESS || this == OUT_OF_ORDER || this == CHANGED || this == BASELINE;
    }

    /** The lower-case name shown in tables and JSON. */
    public String label() {
        return label;
    }
}
