package org.cqlshift.internal.migration;

import com.datastax.oss.driver.api.core.AllNodesFailedException;
import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.DriverException;
import com.datastax.oss.driver.api.core.cql.ResultSet;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.cqlshift.api.CassandraUnavailableException;
import org.cqlshift.api.Failure;
import org.cqlshift.api.Reporter;
import org.cqlshift.api.callback.Callback;
import org.cqlshift.api.callback.CallbackContext;
import org.cqlshift.api.callback.CallbackException;
import org.cqlshift.api.callback.Event;
import org.cqlshift.api.config.Configuration;
import org.cqlshift.api.seed.SeedResult;
import org.cqlshift.internal.cql.CallbackScript;
import org.cqlshift.internal.cql.CallbackScripts;
import org.cqlshift.internal.cql.CqlStatement;
import org.cqlshift.internal.cql.Placeholders;
import org.cqlshift.internal.session.CassandraConnection;
import org.cqlshift.internal.session.KeyspaceStatements;
import org.cqlshift.internal.session.Keyspaces;

/**
 * The callbacks of one operation: the callback scripts of the migrations folder, read and resolved when this is
 * made, and the Java {@link Callback}s. For an event, the scripts run first, in file-name order, statement by
 * statement on the operation's session, then the Java callbacks in their order. A failure becomes a
 * {@link CallbackException} naming the callback, at the event's exit code.
 */
public final class Callbacks {

    private final CqlSession session;
    private final Configuration configuration;
    private final Reporter reporter;
    private final List<CallbackScript> scripts;
    private final List<Callback> callbacks;
    private final SchemaAgreement agreement;
    private boolean usingKeyspace;

    /**
     * @param folderRequired whether the migrations folder must exist, as for migrate; seed runs without one
     * @throws org.cqlshift.api.cql.ScriptException for a callback script that cannot run as written
     */
    public Callbacks(CassandraConnection connection, Reporter reporter, List<Callback> callbacks,
                     boolean folderRequired) {
        this.session = connection.session();
        this.configuration = connection.configuration();
        this.reporter = reporter;
        this.callbacks = List.copyOf(callbacks);
        this.scripts = CallbackScripts.discover(configuration.migrations(), configuration.classLoader(),
                Placeholders.of(configuration), folderRequired);
        this.agreement = SchemaAgreement.of(session, reporter);
    }

    /** Whether a script or a Java callback runs at any of the events. */
    public boolean handlesAny(Event... events) {
        return Arrays.stream(events).anyMatch(event -> scripts.stream().anyMatch(script -> script.event() == event)
                || callbacks.stream().anyMatch(callback -> callback.supports(event)));
    }

    /**
     * Runs the event's callbacks.
     *
     * @param inKeyspace whether statements that name no keyspace run in the operation's keyspace, which exists
     * @param details    what the event is about, added to the context
     */
    void run(Event event, boolean inKeyspace, UnaryOperator<CallbackContext> details) {
        for (CallbackScript script : scripts) {
            if (script.event() == event) {
                runScript(script, inKeyspace);
            }
        }
        CallbackContext context = null;
        for (Callback callback : callbacks) {
            if (!callback.supports(event)) {
                continue;
            }
            if (context == null) {
                context = details.apply(CallbackContext.of(event, session, configuration));
            }
            try {
                callback.handle(event, context);
            } catch (RuntimeException e) {
                throw new CallbackException(event, callback.name(), null, 0, 0, "Callback " + callback.name()
                        + " failed at " + event.id() + ": " + e, "Fix the callback, or the state it found, and"
                        + " run " + operation(event) + " again.", e);
            }
            reporter.debug("Ran callback " + callback.name() + " at " + event.id() + ".");
        }
    }

    /**
     * Runs the error event's callbacks after a failure; their own failure is added to the error as a suppressed
     * one and reported as a warning, so that it does not hide the error.
     *
     * @return the error
     */
    RuntimeException afterError(Event event, boolean inKeyspace, RuntimeException error) {
        try {
            run(event, inKeyspace, context -> context.withError(error));
        } catch (RuntimeException callbackFailure) {
            reporter.warn(callbackFailure.getMessage());
            error.addSuppressed(callbackFailure);
        }
        return error;
    }

    /** Runs seed between beforeSeed and afterSeed, or afterSeedError when it fails. */
    public SeedResult aroundSeed(Supplier<SeedResult> seed) {
        if (!handlesAny(Event.BEFORE_SEED, Event.AFTER_SEED, Event.AFTER_SEED_ERROR)) {
            return seed.get();
        }
        boolean inKeyspace = Keyspaces.exists(session, configuration.keyspace());
        SeedResult result;
        try {
            run(Event.BEFORE_SEED, inKeyspace, context -> context);
            result = seed.get();
        } catch (RuntimeException e) {
            throw afterError(Event.AFTER_SEED_ERROR, inKeyspace, e);
        }
        run(Event.AFTER_SEED, inKeyspace, context -> context.withSeedResult(result));
        return result;
    }

    private void runScript(CallbackScript script, boolean inKeyspace) {
        KeyspaceStatements statements = new KeyspaceStatements(session, inKeyspace ? configuration.keyspace() : null);
        if (inKeyspace && !usingKeyspace) {
            statements.useKeyspace();
            usingKeyspace = true;
        }
        long started = System.nanoTime();
        List<CqlStatement> all = script.statements();
        for (int i = 0; i < all.size(); i++) {
            CqlStatement statement = all.get(i);
            ResultSet result;
            try {
                result = agreement.executeOnceApplied(statements.statement(statement.text()),
                        inKeyspace ? configuration.keyspace() : null);
            } catch (AllNodesFailedException e) {
                throw new CassandraUnavailableException("Lost the connection to Cassandra while running statement "
                        + (i + 1) + " of callback " + script.fileName() + ": " + e.getMessage(),
                        "Check the cluster, then run " + operation(script.event()) + " again.", e);
            } catch (DriverException e) {
                throw failed(script, i, e.getMessage(), e);
            }
            if (StatementKinds.changesSchema(statement.text()) && !agreement.reached(result)) {
                throw failed(script, i, agreement.notReached("statement " + (i + 1) + " of callback "
                        + script.fileName()), null);
            }
        }
        reporter.info("Ran callback " + script.fileName() + " (" + MigrationCommand.count(all.size(), "statement")
                + ") in " + (System.nanoTime() - started) / 1_000_000 + " ms");
    }

    private static CallbackException failed(CallbackScript script, int index, String problem, Throwable cause) {
        CqlStatement statement = script.statements().get(index);
        return new CallbackException(script.event(), script.fileName(), script.source(), statement.line(),
                statement.column(), "Callback " + script.fileName() + " failed at statement " + (index + 1) + " of "
                + script.statements().size() + " (" + script.source() + ", line " + statement.line() + ", column "
                + statement.column() + "): " + problem + System.lineSeparator() + "  Statement: "
                + statement.text().strip(), "Fix statement " + (index + 1) + " in " + script.source() + " and run "
                + operation(script.event()) + " again; callbacks run again in full, so write them to be run more than"
                + " once (IF NOT EXISTS, IF EXISTS).", cause);
    }

    private static String operation(Event event) {
        return event.failure() == Failure.SEED ? "seed" : "migrate";
    }
}
