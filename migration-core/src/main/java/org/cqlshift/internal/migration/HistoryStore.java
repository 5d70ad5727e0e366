package org.cqlshift.internal.migration;

import com.datastax.oss.driver.api.core.DriverException;
import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.AsyncResultSet;
import com.datastax.oss.driver.api.core.cql.ResultSet;
import com.datastax.oss.driver.api.core.cql.Row;
import com.datastax.oss.driver.api.core.cql.SimpleStatement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.cqlshift.api.lint.AllowedFinding;
import org.cqlshift.internal.session.Keyspaces;
import org.cqlshift.internal.session.ToolTableSetup;
import org.cqlshift.internal.session.ToolTables;

/**
 * The history tables in the target keyspace. {@code schema_migration} and {@code schema_migration_leader}
 * are cassandra-migration's, with its exact definitions, so either tool can run on the keyspace; what
 * that table has no column for lives in this tool's {@code schema_migration_details},
 * {@code schema_migration_repairs} and {@code schema_migration_allowances}; repeatable scripts, which
 * have no version, are only in {@code schema_migration_repeatables} ({@link RepeatableHistory}). A script's progress, statement by statement, is kept in the details
 * only: {@code schema_migration} gets a row once the script completed (or failed), as cassandra-migration
 * writes it, so its readers see exactly the scripts that were applied.
 */
final class HistoryStore {

    static final String HISTORY = ToolTables.MIGRATION_HISTORY;
    static final String LEADER = ToolTables.MIGRATION_LOCK;
    static final String DETAILS = ToolTables.MIGRATION_DETAILS;
    static final String REPAIRS = ToolTables.MIGRATION_REPAIRS;
    static final String ALLOWANCES = ToolTables.MIGRATION_ALLOWANCES;
    static final String REPEATABLES = ToolTables.MIGRATION_REPEATABLES;

    private static final Map<String, String> DEFINITIONS = new LinkedHashMap<>();

    static {
        DEFINITIONS.put(HISTORY, "(applied_successful boolean, version int, script_name varchar, script text,"
                + " executed_at timestamp, PRIMARY KEY (applied_successful, version))");
        DEFINITIONS.put(LEADER, "(keyspace_name text, leader uuid, took_lead_at timestamp, leader_hostname text, "
                + MigrationLock.DATACENTER + " text, PRIMARY KEY (keyspace_name))");
        DEFINITIONS.put(DETAILS, "(version int PRIMARY KEY, script_name text, kind text, checksum text,"
                + " statement_checksums list<text>, statements_total int, failed_statement int, failure text,"
                + " execution_millis bigint, installed_on timestamp, installed_by text)");
        DEFINITIONS.put(REPAIRS, "(version int, repaired_at timestamp, action text, reason text, repaired_by text,"
                + " PRIMARY KEY (version, repaired_at))");
        DEFINITIONS.put(ALLOWANCES, "(version int, statement int, rule text, reason text, recorded_at timestamp,"
                + " recorded_by text, PRIMARY KEY (version, statement, rule))");
        DEFINITIONS.put(REPEATABLES, RepeatableHistory.DEFINITION);
    }

    private final CqlSession session;
    private final String keyspace;
    private final SchemaAgreement agreement;

    HistoryStore(CqlSession session, String keyspace, SchemaAgreement agreement) {
        this.session = session;
        this.keyspace = keyspace;
        this.agreement = agreement;
    }

    /** The keyspace's replication as {@code system_schema.keyspaces} stores it, or empty when it does not exist. */
    Optional<Map<String, String>> keyspaceReplication() {
        return Keyspaces.replication(session, keyspace);
    }

    /** The names of the history tables that exist in the keyspace. */
    Set<String> existingTables() {
        ResultSet rows = session.execute(SimpleStatement.newInstance(
                "SELECT table_name FROM system_schema.tables WHERE keyspace_name = ?",
                Keyspaces.internalName(keyspace)));
        return StreamSupport.stream(rows.spliterator(), false)
                .map(row -> row.getString("table_name"))
                .filter(DEFINITIONS::containsKey)
                .collect(Collectors.toSet());
    }

    /**
     * Creates the history tables that do not exist. Every table is asked for, even one that
     * {@code system_schema} already lists: another runner may be creating it right now, and a node lists a
     * new table a moment before it accepts queries on it, whereas {@code IF NOT EXISTS} returns only once
     * the table is usable. Each table gets an id derived from its keyspace and name, so runners creating
     * it at once through different nodes create the same table instead of conflicting definitions.
     */
    void createTables() {
        for (Map.Entry<String, String> table : DEFINITIONS.entrySet()) {
            agreement.require(ToolTableSetup.createIfAbsent(session, keyspace, table.getKey(), table.getValue()),
                    "creating the history table " + qualified(table.getKey()));
        }
        for (String table : DEFINITIONS.keySet()) {
            ToolTableSetup.awaitUsable(session, qualified(table));
        }
        // A lock table created by cassandra-migration or an older cqlshift lacks the holder's datacenter.
        ToolTableSetup.addColumnIfAbsent(session, keyspace, LEADER, MigrationLock.DATACENTER, "text")
                .ifPresent(added -> agreement.require(added, "adding " + MigrationLock.DATACENTER + " to "
                        + qualified(LEADER)));
    }

    /** Reads the history; a table another runner is still creating counts as empty until it is usable. */
    History read() {
        Set<String> tables = existingTables();
        if (!tables.contains(HISTORY)) {
            return History.EMPTY;
        }
        try {
            return read(tables);
        } catch (DriverException e) {
            if (ToolTableSetup.isBeingCreated(e)) {
                return History.EMPTY;
            }
            throw e;
        }
    }

    private History read(Set<String> tables) {
        Map<Integer, HistoryRow> succeeded = new HashMap<>();
        Map<Integer, HistoryRow> failed = new HashMap<>();
        for (Row row : session.execute(quorum("SELECT applied_successful, version, script_name, script, executed_at"
                + " FROM " + qualified(HISTORY)))) {
            HistoryRow entry = new HistoryRow(row.getBoolean("applied_successful"), row.getInt("version"),
                    row.getString("script_name"), row.getString("script"), row.getInstant("executed_at"));
            (entry.successful() ? succeeded : failed).put(entry.version(), entry);
        }
        Map<Integer, Details> details = new HashMap<>();
        if (tables.contains(DETAILS)) {
            for (Row row : session.execute(quorum("SELECT version, script_name, kind, checksum, statement_checksums,"
                    + " statements_total, failed_statement, failure, execution_millis, installed_on, installed_by FROM "
                    + qualified(DETAILS)))) {
                details.put(row.getInt("version"), new Details(row.getInt("version"), row.getString("script_name"),
                        row.getString("kind"), row.getString("checksum"),
                        row.getList("statement_checksums", String.class), row.getInt("statements_total"),
                        row.isNull("failed_statement") ? null : row.getInt("failed_statement"),
                        row.getString("failure"),
                        row.isNull("execution_millis") ? null : row.getLong("execution_millis"),
                        row.getInstant("installed_on"), row.getString("installed_by")));
            }
        }
        return new History(succeeded, failed, details);
    }

    /**
     * Records that the first {@code done} statements of a script ran, and none failed since. Written before
     * the first statement runs and after each one, so that a killed runner's successor resumes after them.
     */
    void recordProgress(ScriptPlan plan, int done, Instant startedAt, String installedBy) {
        writeDetails(new Details(plan.version(), plan.fileName(), Details.kind(plan, false), plan.checksum(),
                plan.statementChecksums().subList(0, done), plan.statements().size(), null, null, null, startedAt,
                installedBy));
    }

    /** Forgets a failed attempt's row, which cassandra-migration's readers ignore; progress stays in the details. */
    void deleteFailedRow(int version) {
        session.execute(quorum("DELETE FROM " + qualified(HISTORY)
                + " WHERE applied_successful = false AND version = ?", version));
    }

    /**
     * The rows are written at once: this is on the path of every applied script.
     *
     * @param outOfOrder whether a script of a higher version was applied before this one
     * @param allowances the lint findings the script opted out of, each recorded with its reason
     */
    void recordSuccess(ScriptPlan plan, boolean outOfOrder, Long executionMillis, String installedBy,
                       List<AllowedFinding> allowances) {
        Instant now = Instant.now();
        List<CompletionStage<AsyncResultSet>> writes = new ArrayList<>();
        writes.add(session.executeAsync(quorum("INSERT INTO " + qualified(HISTORY)
                        + " (applied_successful, version, script_name, script, executed_at) VALUES (?, ?, ?, ?, ?)",
                true, plan.version(), plan.fileName(), CassandraMigrationText.stored(plan.script().content()), now)));
        writes.add(session.executeAsync(detailsInsert(new Details(plan.version(),
                plan.fileName(), Details.kind(plan, outOfOrder), plan.checksum(),
                plan.statementChecksums(), plan.statements().size(), null, null, executionMillis, now, installedBy))));
        for (AllowedFinding allowed : allowances) {
            writes.add(session.executeAsync(quorum("INSERT INTO " + qualified(ALLOWANCES)
                            + " (version, statement, rule, reason, recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?)",
                    plan.version(), allowed.finding().statement(), allowed.finding().ruleId(), allowed.reason(), now,
                    installedBy)));
        }
        writes.forEach(HistoryStore::await);
    }

    private static void await(CompletionStage<AsyncResultSet> write) {
        try {
            write.toCompletableFuture().join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** Records, like cassandra-migration, a failed row, and which statements succeeded before the failure. */
    void recordFailure(ScriptPlan plan, int failedStatement, String failure, long executionMillis, String installedBy) {
        Instant now = Instant.now();
        session.execute(quorum("INSERT INTO " + qualified(HISTORY)
                        + " (applied_successful, version, script_name, script, executed_at) VALUES (?, ?, ?, ?, ?)",
                false, plan.version(), plan.fileName(), CassandraMigrationText.stored(plan.script().content()), now));
        writeDetails(new Details(plan.version(), plan.fileName(), Details.kind(plan, false), plan.checksum(),
                plan.statementChecksums().subList(0, failedStatement - 1), plan.statements().size(), failedStatement,
                failure, executionMillis, now, installedBy));
    }

    void recordBaseline(int version, String scriptName, String installedBy) {
        Instant now = Instant.now();
        session.execute(quorum("INSERT INTO " + qualified(HISTORY)
                        + " (applied_successful, version, script_name, script, executed_at) VALUES (?, ?, ?, ?, ?)",
                true, version, scriptName, "", now));
        writeDetails(new Details(version, scriptName, Details.BASELINE, null, List.of(), 0, null, null, null, now,
                installedBy));
    }


    /** Accepts an applied script's current file as what was applied; an out-of-order script stays so. */
    void realign(ScriptPlan plan, HistoryRow applied, Details details, String repairedBy) {
        session.execute(quorum("UPDATE " + qualified(HISTORY) + " SET script = ? WHERE applied_successful = true"
                + " AND version = ?", CassandraMigrationText.stored(plan.script().content()), plan.version()));
        writeDetails(new Details(plan.version(), plan.fileName(),
                Details.kind(plan, details != null && details.isOutOfOrder()), plan.checksum(),
                plan.statementChecksums(), plan.statements().size(), null, null,
                details == null ? null : details.executionMillis(), applied.executedAt(), repairedBy));
    }

    void recordRepair(int version, String action, String reason, String repairedBy) {
        session.execute(quorum("INSERT INTO " + qualified(REPAIRS)
                + " (version, repaired_at, action, reason, repaired_by) VALUES (?, ?, ?, ?, ?)",
                version, Instant.now(), action, reason, repairedBy));
    }

    String qualified(String table) {
        return keyspace + "." + table;
    }

    private void writeDetails(Details details) {
        session.execute(detailsInsert(details));
    }

    private SimpleStatement detailsInsert(Details details) {
        return quorum("INSERT INTO " + qualified(DETAILS) + " (version, script_name, kind, checksum,"
                        + " statement_checksums, statements_total, failed_statement, failure, execution_millis,"
                        + " installed_on, installed_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                details.version(), details.scriptName(), details.kind(), details.checksum(),
                details.statementChecksums(), details.statementsTotal(), details.failedStatement(),
                details.failure(), details.executionMillis(), details.installedOn(), details.installedBy());
    }

    /**
     * History is read and written at the session's consistency, the configured one (QUORUM by default, as
     * cassandra-migration does), so every runner sees the same.
     */
    private static SimpleStatement quorum(String cql, Object... values) {
        return SimpleStatement.newInstance(cql, values);
    }
}
