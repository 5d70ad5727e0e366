package org.cqlshift.api.migration;

import java.time.Duration;

/**
 * A script that {@code migrate} ran to completion.
 *
 * @param firstStatement 1 for a fresh run, more when the run resumed after a failure
 */
public record AppliedScript(int version, String script, int firstStatement, int statements, Duration executionTime) {
}
