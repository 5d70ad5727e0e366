package org.cqlshift.internal.migration;

import org.cqlshift.internal.session.SchemaChangesRefused;
import com.datastax.oss.driver.api.core.AllNodesFailedException;
import com.datastax.oss.driver.api.core.DriverException;
import com.datastax.oss.driver.api.core.cql.ResultSet;
import com.datastax.oss.driver.api.core.cql.SimpleStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.cqlshift.api.CassandraUnavailableException;
import org.cqlshift.api.lint.AllowedFinding;
import org.cqlshift.api.migration.AppliedScript;
import org.cqlshift.api.migration.MigrationException;
import org.cqlshift.api.migration.ScriptState;
import org.cqlshift.api.migration.StatementFailedException;
import org.cqlshift.internal.cql.CqlStatement;
import org.cqlshift.internal.session.KeyspaceStatements;

/**
 * Runs the statements of one script in the keyspace, from the first not recorded as done, recording progress
 * after each, success at the end, and a failure where a statement fails.
 */
final class ScriptRunner extends MigrationCommand {

    /** The history as the lock's holder read it, to tell which scripts run out of order. */
    private final Evaluation evaluation;

    ScriptRunner(MigrationCommand shared, Evaluation evaluation) {
        super(shared);
        this.evaluation = evaluation;
    }

    /** Statements naming no keyspace run in the target keyspace, as with cassandra-migration's USE. */
    void useKeyspace() {
        new KeyspaceStatements(session, keyspace).useKeyspace();
    }

    /** A script's statement, in the keyspace, at a consistency level that Accord accepts on Cassandra 6. */
    SimpleStatement statement(String cql) {
        return new KeyspaceStatements(session, keyspace).statement(cql);
    }

    /**
     * Runs a script from its first statement not recorded as done, recording progress after each statement.
     * The first statement of an interrupted script may have run before the previous runner stopped: when the
     * server answers that its effect is already there, it counts as applied.
     *
     * @param allowances the lint findings the script opts out of, recorded with its success
     */
    AppliedScript apply(Evaluation.Entry entry, List<String> texts, MigrationLock lock,
                        List<AllowedFinding> allowances) {
        ScriptPlan plan = entry.plan();
        List<CqlStatement> statements = plan.statements();
        long started = System.nanoTime();
        Instant startedAt = Instant.now();
        if (entry.state() == ScriptState.FAILED) {
            store.deleteFailedRow(plan.version());
        }
        store.recordProgress(plan, entry.resumeAt() - 1, startedAt, holder());
        for (int i = entry.resumeAt() - 1; i < statements.size(); i++) {
            lock.requireHeld();
            String cql = texts.get(i);
            if (StatementKinds.createsKeyspace(cql, keyspace)) {
                reporter.debug("Statement " + (i + 1) + " of " + plan.fileName() + " creates keyspace " + keyspace
                        + ", which exists; skipped.");
            } else {
                execute(entry, i, cql, started, allowances);
            }
            if (i + 1 < statements.size()) {
                store.recordProgress(plan, i + 1, startedAt, holder());
            }
        }
        long millis = elapsedMillis(started);
        store.recordSuccess(plan, evaluation.belowApplied(plan.version()), millis, holder(), allowances);
        reporter.info((entry.resumeAt() > 1 ? "Resumed " + plan.fileName() + " at statement " + entry.resumeAt()
                + " and applied it" : "Applied " + plan.fileName()) + " (version " + plan.version() + ", "
                + count(statements.size(), "statement")
                + (evaluation.belowApplied(plan.version()) ? ", " + ScriptState.OUT_OF_ORDER.label() : "") + ") in "
                + millis + " ms");
        return new AppliedScript(plan.version(), plan.fileName(), entry.resumeAt(), statements.size(),
                Duration.ofMillis(millis));
    }

    private void execute(Evaluation.Entry entry, int index, String cql, long started,
                         List<AllowedFinding> allowances) {
        ScriptPlan plan = entry.plan();
        int number = index + 1;
        ResultSet result;
        try {
            result = agreement.executeOnceApplied(statement(cql), keyspace);
        } catch (AllNodesFailedException e) {
            throw new CassandraUnavailableException("Lost the connection to Cassandra while running statement "
                    + number + " of " + plan.fileName() + ": " + e.getMessage(),
                    "Check the cluster, then run migrate again; the history tells where to resume.", e);
        } catch (DriverException e) {
            if (entry.state() == ScriptState.INTERRUPTED && number == entry.resumeAt()
                    && StatementKinds.alreadyApplied(cql, e)) {
                reporter.info("Statement " + number + " of " + plan.fileName() + " was not recorded as done, but the"
                        + " server answers that its effect is already there (" + e.getMessage() + "): it ran before"
                        + " the previous run stopped, and counts as applied.");
                return;
            }
            throw failed(plan, number, cql, e, started);
        }
        if (StatementKinds.changesSchema(cql) && !agreement.reached(result)) {
            String message = agreement.notReached("statement " + number + " of " + plan.fileName() + " (line "
                    + plan.statements().get(index).line() + ")");
            // The statement itself ran: the next attempt resumes after it.
            if (number == plan.statements().size()) {
                store.recordSuccess(plan, evaluation.belowApplied(plan.version()), elapsedMillis(started), holder(),
                        allowances);
            } else {
                store.recordFailure(plan, number + 1, message, elapsedMillis(started), holder());
            }
            throw new MigrationException(message + System.lineSeparator() + "  Statement: " + cql.strip(),
                    agreement.suggestion());
        }
    }

    private StatementFailedException failed(ScriptPlan plan, int number, String cql, DriverException cause,
                                            long started) {
        store.recordFailure(plan, number, cause.getMessage(), elapsedMillis(started), holder());
        String done = number == 1 ? "no statement of it is recorded as done"
                : number == 2 ? "statement 1 succeeded and is recorded as done"
                : "statements 1 to " + (number - 1) + " succeeded and are recorded as done";
        CqlStatement statement = plan.statements().get(number - 1);
        if (SchemaChangesRefused.by(cause)) {
            return new StatementFailedException(plan.fileName(), plan.script().source(), plan.version(), number,
                    plan.statements().size(), statement.line(), statement.column(), cql,
                    SchemaChangesRefused.reason(cause), SchemaChangesRefused.suggestion("run migrate again: " + done
                            + ", and migrate resumes at statement " + number + "."), cause);
        }
        return new StatementFailedException(plan.fileName(), plan.script().source(), plan.version(), number,
                plan.statements().size(), statement.line(), statement.column(), cql, cause.getMessage(),
                "Fix statement " + number + " in " + plan.script().source() + " and run migrate again: " + done
                        + ", and migrate resumes at statement " + number + ". If you made the change by hand"
                        + " instead, run repair with a reason: migrate then resumes at statement " + number
                        + " and counts it as applied when the server answers that its effect is already there."
                        + " If your hand fix completed the whole script, run repair --mark-applied with a reason.",
                cause);
    }

    private static long elapsedMillis(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }
}
