package org.cqlshift.api.migration;

import java.util.List;
import java.util.OptionalInt;

/**
 * What {@code migrate} did.
 *
 * @param applied the scripts run to completion, in order; empty for a dry run or when nothing was pending
 * @param planned for a dry run, every statement that would run (version 0 for a repeatable script's); otherwise
 *     empty
 * @param version the highest applied version afterwards, if any
 * @param repeatables the repeatable scripts run to completion after the versioned ones, in order; each with
 *     version 0
 */
public record MigrationResult(boolean dryRun, List<AppliedScript> applied, List<PlannedStatement> planned,
                              OptionalInt version, List<AppliedScript> repeatables) {

    public MigrationResult {
        applied = List.copyOf(applied);
        planned = List.copyOf(planned);
        repeatables = List.copyOf(repeatables);
    }

    /** A run that ran no repeatable script. */
    public MigrationResult(boolean dryRun, List<AppliedScript> applied, List<PlannedStatement> planned,
                           OptionalInt version) {
        this(dryRun, applied, planned, version, List.of());
    }
}
