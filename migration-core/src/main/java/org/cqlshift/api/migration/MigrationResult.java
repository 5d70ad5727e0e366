package org.cqlshift.api.migration;

import java.util.List;
import java.util.OptionalInt;

/**
 * What {@code migrate} did.
 *
 * @param applied the scripts run to completion, in order; empty for a dry run or when nothing was pending
 * @param planned for a dry run, every statement that would run; otherwise empty
 * @param version the highest applied version afterwards, if any
 */
public record MigrationResult(boolean dryRun, List<AppliedScript> applied, List<PlannedStatement> planned,
                              OptionalInt version) {

    public MigrationResult {
        applied = List.copyOf(applied);
        planned = List.copyOf(planned);
    }
}
