package org.cqlshift.internal.migration;

import com.datastax.oss.driver.api.core.AllNodesFailedException;
import com.datastax.oss.driver.api.core.CqlIdentifier;
import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.DefaultProtocolVersion;
import com.datastax.oss.driver.api.core.DriverException;
import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import com.datastax.oss.driver.api.core.cql.ResultSet;
import com.datastax.oss.driver.api.core.cql.SimpleStatement;
import com.datastax.oss.driver.api.core.servererrors.AlreadyExistsException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.cqlshift.api.CassandraConnection;
import org.cqlshift.api.CassandraUnavailableException;
import org.cqlshift.api.Reporter;
import org.cqlshift.api.config.Configuration;
import org.cqlshift.api.config.Setting;
import org.cqlshift.api.migration.AppliedScript;
import org.cqlshift.api.migration.MigrateOptions;
import org.cqlshift.api.migration.MigrationException;
import org.cqlshift.api.migration.MigrationInfo;
import org.cqlshift.api.migration.MigrationResult;
import org.cqlshift.api.migration.PlannedStatement;
import org.cqlshift.api.migration.RepairMode;
import org.cqlshift.api.migration.ScriptState;
import org.cqlshift.api.migration.StatementFailedException;
import org.cqlshift.internal.cql.CqlStatement;
import org.cqlshift.internal.cql.Placeholders;
import org.cqlshift.internal.cql.ScriptDiscovery;
import org.cqlshift.internal.session.AccordConsistency;
import org.cqlshift.internal.session.SchemaChangesRefused;

/** Runs migrate, info, validate, baseline and repair against one keyspace. */
public final class MigrationEngine {

    private final CqlSession session;
    private final Configuration configuration;
    private final Reporter reporter;
    private final String keyspace;
    private final SchemaAgreement agreement;
    private final HistoryStore store;
    private String holder;

    public MigrationEngine(CassandraConnection connection, Reporter reporter) {
        this.session = connection.session();
        this.configuration = connection.configuration();
        this.reporter = reporter;
        this.keyspace = configuration.keyspace();
        // The session's own timeout is the one in force: the driver configuration file may have set it.
        this.agreement = new SchemaAgreement(session, session.getContext().getConfig().getDefaultProfile()
                .getDuration(DefaultDriverOption.CONTROL_CONNECTION_AGREEMENT_TIMEOUT));
        this.store = new HistoryStore(session, keyspace, agreement);
    }

    public MigrationResult migrate(MigrateOptions options) {
        List<ScriptPlan> plans = plans();
        Optional<Map<String, String>> replication = store.keyspaceReplication();
        replication.ifPresent(this::warnIfReplicationDiffers);
        Evaluation evaluation = Evaluation.of(plans, replication.isPresent() ? store.read() : History.EMPTY);
        requireUnchangedOnMigrate(evaluation);
        List<Evaluation.Entry> pending = evaluation.pending(options.target());
        if (pending.isEmpty()) {
            reportUpToDate(evaluation.currentVersion());
            return new MigrationResult(options.dryRun(), List.of(), List.of(), evaluation.currentVersion());
        }
        // Resolving every pending statement first reports an undefined placeholder before anything runs.
        Placeholders placeholders = Placeholders.of(configuration);
        Map<Integer, List<String>> resolved = new LinkedHashMap<>();
        for (Evaluation.Entry entry : pending) {
            resolved.put(entry.version(), resolve(placeholders, entry.plan()));
        }
        if (options.dryRun()) {
            return dryRun(pending, resolved, evaluation.currentVersion());
        }
        if (replication.isEmpty()) {
            createKeyspace(plans, pending.get(0), resolved.get(pending.get(0).version()));
        }
        store.createTables();
        try (MigrationLock lock = lock(options.lockWaitTimeout(), options.releaseLockOnShutdown())) {
            // Another runner may have applied scripts while this one waited.
            evaluation = Evaluation.of(plans, store.read());
            requireUnchangedOnMigrate(evaluation);
            List<Evaluation.Entry> stillPending = evaluation.pending(options.target());
            if (stillPending.isEmpty()) {
                reportUpToDate(evaluation.currentVersion());
                return new MigrationResult(false, List.of(), List.of(), evaluation.currentVersion());
            }
            useKeyspace();
            long started = System.nanoTime();
            List<AppliedScript> applied = new ArrayList<>();
            for (Evaluation.Entry entry : stillPending) {
                applied.add(apply(entry, resolved.computeIfAbsent(entry.version(),
                        version -> resolve(placeholders, entry.plan())), lock));
            }
            OptionalInt version = OptionalInt.of(applied.get(applied.size() - 1).version());
            reporter.info("Applied " + count(applied.size(), "script") + " to keyspace " + keyspace + " in "
                    + (System.nanoTime() - started) / 1_000_000 + " ms; now at version " + version.getAsInt() + ".");
            return new MigrationResult(false, applied, List.of(), version);
        }
    }

    private void requireUnchangedOnMigrate(Evaluation evaluation) {
        if (configuration.validateOnMigrate()) {
            evaluation.requireUnchanged(keyspace);
        }
    }

    public MigrationInfo info() {
        List<ScriptPlan> plans = plans();
        boolean exists = store.keyspaceReplication().isPresent();
        return new MigrationInfo(keyspace, Evaluation.of(plans, exists ? store.read() : History.EMPTY).infos());
    }

    /** Checks that every applied script still matches its file; throws naming each that does not. */
    public MigrationInfo validate() {
        List<ScriptPlan> plans = plans();
        boolean exists = store.keyspaceReplication().isPresent();
        Evaluation evaluation = Evaluation.of(plans, exists ? store.read() : History.EMPTY);
        evaluation.requireUnchanged(keyspace);
        reporter.info("Validated " + count(plans.size(), "script") + " against the history of keyspace " + keyspace
                + ": no applied script was edited or removed.");
        return new MigrationInfo(keyspace, evaluation.infos());
    }

    /** Records that the keyspace's schema already holds every script up to the version, without running them. */
    public MigrationInfo baseline(int version) {
        List<ScriptPlan> plans = plans();
        if (store.keyspaceReplication().isEmpty()) {
            throw new MigrationException("Keyspace " + keyspace + " does not exist, so there is no schema to baseline.",
                    "Baseline is for adopting the tool on a keyspace that already holds tables; on a new keyspace"
                            + " run migrate instead.");
        }
        store.createTables();
        try (MigrationLock lock = lock(MigrateOptions.defaults().lockWaitTimeout(), false)) {
            History history = store.read();
            if (!history.succeeded().isEmpty() || !history.failed().isEmpty()) {
                throw new MigrationException("Keyspace " + keyspace + " already has a migration history (up to version "
                        + Evaluation.of(plans, history).currentVersion().orElse(0) + "); baseline only adopts a"
                        + " keyspace without one.", "Run info to see the history, and migrate to apply new scripts.");
            }
            String name = plans.stream().filter(p -> p.version() == version).findFirst()
                    .map(ScriptPlan::fileName).orElse("baseline " + version);
            store.recordBaseline(version, name, holder());
            reporter.info("Baselined keyspace " + keyspace + " at version " + version + ": scripts up to " + version
                    + " count as applied; migrate applies the ones above it.");
            return new MigrationInfo(keyspace, Evaluation.of(plans, store.read()).infos());
        }
    }

    /**
     * After the user fixed things by hand, records the reason and: accepts edited applied scripts as they are
     * now; and for each failed or interrupted script, either clears the failure so that migrate resumes after
     * the statements recorded as done ({@link RepairMode#RESUME}), or records it as applied
     * ({@link RepairMode#MARK_APPLIED}).
     */
    public MigrationInfo repair(String reason, RepairMode mode) {
        if (reason == null || reason.isBlank()) {
            throw new MigrationException("Repair needs a reason, recorded in the history next to what it changes.",
                    "Say why, e.g. --reason \"created the orders table by hand\".");
        }
        List<ScriptPlan> plans = plans();
        if (store.keyspaceReplication().isEmpty() || !store.existingTables().contains(HistoryStore.HISTORY)) {
            reporter.info("Keyspace " + keyspace + " has no migration history; nothing to repair.");
            return info();
        }
        store.createTables();
        try (MigrationLock lock = lock(MigrateOptions.defaults().lockWaitTimeout(), false)) {
            int repaired = 0;
            for (Evaluation.Entry entry : Evaluation.of(plans, store.read()).entries()) {
                boolean unfinished = entry.state() == ScriptState.FAILED || entry.state() == ScriptState.INTERRUPTED;
                if (unfinished && mode == RepairMode.MARK_APPLIED) {
                    store.recordSuccess(entry.plan(), null, holder());
                    store.deleteFailedRow(entry.version());
                    record(entry, "marked as applied with its current checksum; statements " + entry.resumeAt()
                            + " to " + entry.plan().statements().size() + " were not run by migrate", reason);
                    repaired++;
                } else if (unfinished && (entry.state() == ScriptState.FAILED
                        || !entry.editedBeforeFailure().isEmpty())) {
                    repaired++;
                    resume(entry, reason);
                } else if (entry.state() == ScriptState.CHANGED) {
                    store.realign(entry.plan(), entry.applied(), entry.details(), holder());
                    record(entry, "accepted the edited file as applied", reason);
                    repaired++;
                }
            }
            if (repaired == 0) {
                reporter.info("Nothing to repair in keyspace " + keyspace + ": no failed, interrupted or edited"
                        + " scripts.");
            }
            return new MigrationInfo(keyspace, Evaluation.of(plans, store.read()).infos());
        }
    }

    /**
     * Clears a failure, keeping as done the statements recorded so, up to the first one edited since: an edited
     * statement runs again, as do those after it.
     */
    private void resume(Evaluation.Entry entry, String reason) {
        int done = entry.resumeAt() - 1;
        int kept = entry.editedBeforeFailure().isEmpty() ? done : entry.editedBeforeFailure().get(0) - 1;
        store.deleteFailedRow(entry.version());
        store.recordProgress(entry.plan(), kept, Instant.now(), holder());
        String cleared = entry.state() == ScriptState.FAILED
                ? "cleared the failure at statement " + entry.resumeAt() + "; " : "";
        record(entry, cleared + "the next migrate resumes at statement " + (kept + 1)
                + (kept < done ? " (statement " + (kept + 1) + " was edited since it ran)"
                        : " and counts it as applied if its effect is already there"), reason);
    }

    private void record(Evaluation.Entry entry, String action, String reason) {
        store.recordRepair(entry.version(), action, reason, holder());
        reporter.info("Repaired " + entry.scriptName() + " (version " + entry.version() + "): " + action + ".");
    }

    private List<ScriptPlan> plans() {
        return ScriptDiscovery.discover(configuration.migrations(), configuration.classLoader()).stream().map(ScriptPlan::of).toList();
    }

    private static List<String> resolve(Placeholders placeholders, ScriptPlan plan) {
        List<String> texts = new ArrayList<>();
        for (CqlStatement statement : plan.statements()) {
            texts.add(placeholders.forScript(plan.script()).resolve(plan.script().source(), statement).text());
        }
        return texts;
    }

    private MigrationResult dryRun(List<Evaluation.Entry> pending, Map<Integer, List<String>> resolved,
                                   OptionalInt currentVersion) {
        reporter.info("Dry run for keyspace " + keyspace + ": " + count(pending.size(), "script")
                + " pending; nothing is executed or created.");
        List<PlannedStatement> planned = new ArrayList<>();
        pending.forEach(entry -> {
            List<String> texts = resolved.get(entry.version());
            List<CqlStatement> statements = entry.plan().statements();
            reporter.info("-- " + entry.plan().fileName() + " (version " + entry.version() + ")"
                    + (entry.resumeAt() > 1 ? ", resuming at statement " + entry.resumeAt() : ""));
            for (int i = entry.resumeAt() - 1; i < statements.size(); i++) {
                PlannedStatement statement = new PlannedStatement(entry.version(), entry.plan().fileName(), i + 1,
                        statements.get(i).line(), texts.get(i));
                planned.add(statement);
                reporter.info("-- statement " + statement.number() + ", line " + statement.line());
                reporter.info(statement.cql().strip() + (statement.cql().strip().endsWith(";") ? "" : ";"));
            }
        });
        return new MigrationResult(true, List.of(), planned, currentVersion);
    }

    /**
     * The history lives in the keyspace, so a missing keyspace must be created by the first script before
     * anything can be recorded. Only its CREATE KEYSPACE statements run here; under the lock they are
     * skipped, as the keyspace then exists, and the rest of the script runs as usual.
     */
    private void createKeyspace(List<ScriptPlan> plans, Evaluation.Entry first, List<String> texts) {
        boolean creates = texts.stream().anyMatch(cql -> StatementKinds.createsKeyspace(cql, keyspace));
        if (!creates || first.version() != plans.get(0).version()) {
            throw new MigrationException("Keyspace " + keyspace + " does not exist and no script creates it: the first"
                    + " script, " + (plans.isEmpty() ? "none" : plans.get(0).fileName())
                    + ", has no CREATE KEYSPACE statement for " + keyspace + ".",
                    "Start the migrations with a script such as 1_create_keyspace.cql holding"
                            + " CREATE KEYSPACE IF NOT EXISTS ${keyspace} WITH replication = ${replication};"
                            + " or check " + Setting.KEYSPACE.flag() + " / " + Setting.KEYSPACE.environmentVariable()
                            + ".");
        }
        ScriptPlan plan = first.plan();
        for (int i = 0; i < texts.size(); i++) {
            String cql = texts.get(i);
            if (!StatementKinds.createsKeyspace(cql, keyspace)) {
                continue;
            }
            try {
                agreement.require(session.execute(cql), "creating keyspace " + keyspace + " (" + plan.fileName() + ")");
            } catch (AlreadyExistsException e) {
                reporter.debug("Keyspace " + keyspace + " was created meanwhile by another runner.");
            } catch (DriverException e) {
                CqlStatement statement = plan.statements().get(i);
                boolean refused = SchemaChangesRefused.by(e);
                String nothingRecorded = "nothing was recorded, as the history lives in the keyspace.";
                throw new StatementFailedException(plan.fileName(), plan.script().source(), plan.version(), i + 1,
                        plan.statements().size(), statement.line(), statement.column(), cql,
                        refused ? SchemaChangesRefused.reason(e) : e.getMessage(),
                        refused ? SchemaChangesRefused.suggestion("run migrate again; " + nothingRecorded)
                                : "Fix the CREATE KEYSPACE statement in " + plan.script().source()
                                + " and run migrate again; " + nothingRecorded, e);
            }
        }
        store.keyspaceReplication().ifPresent(this::warnIfReplicationDiffers);
        reporter.info("Created keyspace " + keyspace + " with " + first.plan().fileName() + ".");
    }

    /** Statements naming no keyspace run in the target keyspace, as with cassandra-migration's USE. */
    private void useKeyspace() {
        if (session.getContext().getProtocolVersion().getCode() < DefaultProtocolVersion.V5.getCode()) {
            session.execute("USE " + keyspace);
        }
    }

    /** A script's statement, at a consistency level that Accord accepts for transactional tables on Cassandra 6. */
    private SimpleStatement statement(String cql) {
        SimpleStatement statement = SimpleStatement.newInstance(cql)
                .setConsistencyLevel(AccordConsistency.sessionDefault(session))
                .setSerialConsistencyLevel(AccordConsistency.sessionDefaultSerial(session));
        return session.getContext().getProtocolVersion().getCode() >= DefaultProtocolVersion.V5.getCode()
                ? statement.setKeyspace(CqlIdentifier.fromCql(keyspace)) : statement;
    }

    /**
     * Runs a script from its first statement not recorded as done, recording progress after each statement.
     * The first statement of an interrupted script may have run before the previous runner stopped: when the
     * server answers that its effect is already there, it counts as applied.
     */
    private AppliedScript apply(Evaluation.Entry entry, List<String> texts, MigrationLock lock) {
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
                execute(entry, i, cql, started);
            }
            if (i + 1 < statements.size()) {
                store.recordProgress(plan, i + 1, startedAt, holder());
            }
        }
        long millis = elapsedMillis(started);
        store.recordSuccess(plan, millis, holder());
        reporter.info((entry.resumeAt() > 1 ? "Resumed " + plan.fileName() + " at statement " + entry.resumeAt()
                + " and applied it" : "Applied " + plan.fileName()) + " (version " + plan.version() + ", "
                + count(statements.size(), "statement") + ") in " + millis + " ms");
        return new AppliedScript(plan.version(), plan.fileName(), entry.resumeAt(), statements.size(),
                Duration.ofMillis(millis));
    }

    private void execute(Evaluation.Entry entry, int index, String cql, long started) {
        ScriptPlan plan = entry.plan();
        int number = index + 1;
        ResultSet result;
        try {
            result = session.execute(statement(cql));
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
                store.recordSuccess(plan, elapsedMillis(started), holder());
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

    private void warnIfReplicationDiffers(Map<String, String> stored) {
        if (!configuration.replication().matches(stored)) {
            reporter.warn("Keyspace " + keyspace + " has replication " + stored + ", but the configuration asks for "
                    + configuration.replication() + " (" + Setting.REPLICATION.flag() + "). The keyspace is left as"
                    + " it is; change it with ALTER KEYSPACE in a new script if the configuration is right.");
        }
    }

    private void reportUpToDate(OptionalInt version) {
        reporter.info("Keyspace " + keyspace + " is up to date"
                + (version.isPresent() ? " at version " + version.getAsInt() : "") + "; nothing to apply.");
    }

    private static long elapsedMillis(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private MigrationLock lock(Duration maxWait, boolean releaseOnShutdown) {
        return MigrationLock.acquire(session, keyspace, store.qualified(HistoryStore.LEADER), holder(),
                MigrationLock.Timing.of(configuration), maxWait, releaseOnShutdown, reporter);
    }

    /** Who runs this, for the lock and the history: host name and process id. */
    private String holder() {
        if (holder == null) {
            String host;
            try {
                host = InetAddress.getLocalHost().getHostName();
            } catch (UnknownHostException e) {
                host = "unknown host";
            }
            holder = host + " (pid " + ProcessHandle.current().pid() + ")";
        }
        return holder;
    }
}
