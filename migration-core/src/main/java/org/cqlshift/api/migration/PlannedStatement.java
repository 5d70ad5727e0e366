package org.cqlshift.api.migration;

/**
 * A statement a dry run would execute, with its placeholders resolved.
 *
 * @param number the statement's 1-based position in its script
 */
public record PlannedStatement(int version, String script, int number, int line, String cql) {
}
