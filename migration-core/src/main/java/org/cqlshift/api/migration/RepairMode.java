package org.cqlshift.api.migration;

/** What {@code repair} does with a failed or interrupted script, after the user fixed things by hand. */
public enum RepairMode {
    /**
     * Clear the failure and keep the statements recorded as done: migrate resumes at the first statement not
     * done (or at the first one edited since it ran), and counts it as applied when the server answers that
     * its effect is already there. For a hand fix of the failed statement.
     */
    RESUME,
    /** Record the script as applied, with its current checksum. For a hand fix that completed the script. */
    MARK_APPLIED
}
