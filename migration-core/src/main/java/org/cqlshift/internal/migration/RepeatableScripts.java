package org.cqlshift.internal.migration;

import com.datastax.oss.driver.api.core.AllNodesFailedException;
import com.datastax.oss.driver.api.core.DriverException;
import com.datastax.oss.driver.api.core.cql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cqlshift.api.CassandraUnavailableException;
import org.cqlshift.api.migration.AppliedScript;
import org.cqlshift.api.migration.MigrationException;
import org.cqlshift.api.migration.StatementFailedException;
import org.cqlshift.internal.cql.CqlStatement;
import org.cqlshift.internal.session.SchemaChangesRefused;

/**
 * Runs the repeatable scripts that are new, changed or failed last time, after the versioned scripts, in order
 * of description, each from its first statement, recording each run in {@link RepeatableHistory}. A repeatable
 * script is meant to be run again whole (functions, aggregates and views dropped and created), so a failed one
 * is not resumed midway.
 */
final class RepeatableScripts extends MigrationCommand {

    private final ScriptRunner runner;
    private final RepeatableHistory history;

    RepeatableScripts(MigrationCommand shared, ScriptRunner runner) {
        super(shared);
        this.runner = runner;
        this.history = new RepeatableHistory(session, store);
    }

    /**
     * @param texts each script's statements with placeholders resolved, by file name
     * @param callbacks run before and after each script, as around versioned ones
     * @return the scripts run, in order, each with version 0
     */
    List<AppliedScript> apply(List<RepeatableEvaluation.Entry> toRun, Map<String, List<String>> texts,
                              MigrationLock lock, MigrateCallbacks callbacks) {
        List<AppliedScript> applied = new ArrayList<>();
        for (RepeatableEvaluation.Entry entry : toRun) {
            ScriptPlan plan = entry.plan();
            callbacks.beforeEach(plan);
            long started = System.nanoTime();
            List<String> statements = texts.get(plan.fileName());
            for (int i = 0; i < statements.size(); i++) {
                lock.requireHeld();
                execute(plan, i, statements.get(i), started);
            }
            long millis = elapsedMillis(started);
            history.recordSuccess(plan, millis, holder());
            reporter.info("Applied repeatable " + plan.fileName() + " (" + entry.state().label() + ", "
                    + count(statements.size(), "statement") + ") in " + millis + " ms");
            applied.add(new AppliedScript(0, plan.fileName(), 1, statements.size(), Duration.ofMillis(millis)));
            callbacks.afterEach(plan, applied.get(applied.size() - 1));
        }
        return applied;
    }

    private void execute(ScriptPlan plan, int index, String cql, long started) {
        int number = index + 1;
        ResultSet result;
        try {
            result = agreement.executeOnceApplied(runner.statement(cql), keyspace);
        } catch (AllNodesFailedException e) {
            throw new CassandraUnavailableException("Lost the connection to Cassandra while running statement "
                    + number + " of " + plan.fileName() + ": " + e.getMessage(),
                    "Check the cluster, then run migrate again; the repeatable script runs again from its start.", e);
        } catch (DriverException e) {
            history.recordFailure(plan, number, e.getMessage(), elapsedMillis(started), holder());
            CqlStatement statement = plan.statements().get(index);
            boolean refused = SchemaChangesRefused.by(e);
            String again = "run migrate again: a repeatable script runs again from its first statement.";
            throw new StatementFailedException(plan.fileName(), plan.script().source(), 0, number,
                    plan.statements().size(), statement.line(), statement.column(), cql,
                    refused ? SchemaChangesRefused.reason(e) : e.getMessage(),
                    refused ? SchemaChangesRefused.suggestion(again)
                            : "Fix statement " + number + " in " + plan.script().source() + " and " + again
                            + " Write it so that it can run again on what its last run left, e.g. DROP ... IF EXISTS"
                            + " before CREATE, or CREATE OR REPLACE.", e);
        }
        if (StatementKinds.changesSchema(cql) && !agreement.reached(result)) {
            String message = agreement.notReached("statement " + number + " of " + plan.fileName() + " (line "
                    + plan.statements().get(index).line() + ")");
            history.recordFailure(plan, number, message, elapsedMillis(started), holder());
            throw new MigrationException(message + System.lineSeparator() + "  Statement: " + cql.strip(),
                    agreement.suggestion());
        }
    }

    private static long elapsedMillis(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }
}
