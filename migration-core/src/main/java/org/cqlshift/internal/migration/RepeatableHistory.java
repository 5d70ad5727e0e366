package org.cqlshift.internal.migration;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.DriverException;
import com.datastax.oss.driver.api.core.cql.SimpleStatement;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.cqlshift.internal.session.ToolTableSetup;

/**
 * The history of repeatable scripts in {@code schema_migration_repeatables}, one row per file name: the
 * checksum of the text that last ran, and whether it failed. cassandra-migration's {@code schema_migration} has
 * no place for a script without a version, and its readers never see these.
 */
final class RepeatableHistory {

    static final String DEFINITION = "(script_name text PRIMARY KEY, description text, checksum text,"
            + " statements_total int, failed_statement int, failure text, execution_millis bigint,"
            + " installed_on timestamp, installed_by text)";

    /**
     * The last run of one repeatable script.
     *
     * @param failedStatement the 1-based statement that failed in the last run, or null when it completed
     */
    record Row(String scriptName, String description, String checksum, int statementsTotal, Integer failedStatement,
               String failure, Long executionMillis, Instant installedOn, String installedBy) {

        boolean failed() {
            return failedStatement != null;
        }
    }

    private final CqlSession session;
    private final HistoryStore store;

    RepeatableHistory(CqlSession session, HistoryStore store) {
        this.session = session;
        this.store = store;
    }

    /** The rows by file name; none while the table does not exist or another runner is still creating it. */
    Map<String, Row> read() {
        Map<String, Row> rows = new HashMap<>();
        if (!store.existingTables().contains(HistoryStore.REPEATABLES)) {
            return rows;
        }
        try {
            for (com.datastax.oss.driver.api.core.cql.Row row : session.execute("SELECT script_name, description,"
                    + " checksum, statements_total, failed_statement, failure, execution_millis, installed_on,"
                    + " installed_by FROM " + store.qualified(HistoryStore.REPEATABLES))) {
                rows.put(row.getString("script_name"), new Row(row.getString("script_name"),
                        row.getString("description"), row.getString("checksum"), row.getInt("statements_total"),
                        row.isNull("failed_statement") ? null : row.getInt("failed_statement"),
                        row.getString("failure"), row.isNull("execution_millis") ? null : row.getLong("execution_millis"),
                        row.getInstant("installed_on"), row.getString("installed_by")));
            }
        } catch (DriverException e) {
            if (!ToolTableSetup.isBeingCreated(e)) {
                throw e;
            }
        }
        return rows;
    }

    void recordSuccess(ScriptPlan plan, long executionMillis, String installedBy) {
        write(plan, null, null, executionMillis, installedBy);
    }

    void recordFailure(ScriptPlan plan, int failedStatement, String failure, long executionMillis,
                       String installedBy) {
        write(plan, failedStatement, failure, executionMillis, installedBy);
    }

    private void write(ScriptPlan plan, Integer failedStatement, String failure, long executionMillis,
                       String installedBy) {
        session.execute(SimpleStatement.newInstance("INSERT INTO " + store.qualified(HistoryStore.REPEATABLES)
                        + " (script_name, description, checksum, statements_total, failed_statement, failure,"
                        + " execution_millis, installed_on, installed_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                plan.fileName(), plan.script().description(), plan.checksum(), plan.statements().size(),
                failedStatement, failure, executionMillis, Instant.now(), installedBy));
    }
}
