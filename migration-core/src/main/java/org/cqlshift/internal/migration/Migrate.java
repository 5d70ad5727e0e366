package org.cqlshift.internal.migration;

import org.cqlshift.internal.session.SchemaChangesRefused;
import com.datastax.oss.driver.api.core.DriverException;
import com.datastax.oss.driver.api.core.servererrors.AlreadyExistsException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.cqlshift.api.config.Setting;
import org.cqlshift.api.lint.AllowedFinding;
import org.cqlshift.api.lint.LintErrors;
import org.cqlshift.api.lint.LintFinding;
import org.cqlshift.api.lint.LintResult;
import org.cqlshift.api.migration.AppliedScript;
import org.cqlshift.api.migration.MigrationException;
import org.cqlshift.api.migration.MigrationResult;
import org.cqlshift.api.migration.MigrationType;
import org.cqlshift.api.migration.ScriptState;
import org.cqlshift.api.migration.PlannedStatement;
import org.cqlshift.api.migration.StatementFailedException;
import org.cqlshift.internal.cluster.ClusterHealthGate;
import org.cqlshift.internal.cql.CqlStatement;
import org.cqlshift.internal.cql.Placeholders;

/**
 * Migrate: plans the pending scripts (placeholders resolved first, so that a missing one stops the run before
 * anything runs), lints them, creates the keyspace when the first script does, then applies them under the
 * migration lock, recording with each script the lint findings it opted out of.
 */
final class Migrate extends MigrationCommand {

    private final MigrateCallbacks callbacks;

    Migrate(MigrationCommand shared, MigrateCallbacks callbacks) {
        super(shared);
        this.callbacks = callbacks;
    }

    MigrationResult migrate(MigrateOptions options) {
        List<ScriptPlan> plans = withinTarget(plans(), options.target());
        List<ScriptPlan> repeatablePlans = repeatablePlans();
        Optional<Map<String, String>> replication = store.keyspaceReplication();
        replication.ifPresent(this::warnIfReplicationDiffers);
        Evaluation evaluation = Evaluation.of(plans, replication.isPresent() ? store.read() : History.EMPTY);
        RepeatableEvaluation repeatables = evaluateRepeatables(repeatablePlans);
        requireUnchangedOnMigrate(evaluation);
        requireInOrderOnMigrate(evaluation, options);
        List<Evaluation.Entry> pending = evaluation.pending(options.target());
        List<RepeatableEvaluation.Entry> repeatablesToRun = repeatables.toRun();
        boolean nothingToRun = pending.isEmpty() && repeatablesToRun.isEmpty();
        // With callbacks, nothing pending still runs beforeMigrate and afterMigrate, under the lock where there is one.
        if (nothingToRun && !(callbacks.active() && replication.isPresent())) {
            callbacks.beforeMigrate(false);
            reportUpToDate(evaluation.currentVersion());
            return callbacks.afterMigrate(new MigrationResult(options.dryRun(), List.of(), List.of(),
                    evaluation.currentVersion()));
        }
        // Resolving every pending statement first reports an undefined placeholder before anything runs.
        Placeholders placeholders = Placeholders.of(configuration);
        Map<Integer, List<String>> resolved = new LinkedHashMap<>();
        for (Evaluation.Entry entry : pending) {
            resolved.put(entry.version(), resolve(placeholders, entry.plan()));
        }
        Map<String, List<String>> resolvedRepeatables = new LinkedHashMap<>();
        for (RepeatableEvaluation.Entry entry : repeatablesToRun) {
            resolvedRepeatables.put(entry.scriptName(), resolve(placeholders, entry.plan()));
        }
        Map<Integer, List<AllowedFinding>> allowances = nothingToRun ? Map.of()
                : lint(options.lint(), pending, repeatablesToRun);
        if (options.dryRun()) {
            return dryRun(pending, resolved, evaluation.currentVersion(), repeatablesToRun, resolvedRepeatables);
        }
        if (!nothingToRun) {
            new ClusterHealthGate(session, configuration, reporter).check(replication);
        }
        if (replication.isEmpty()) {
            Evaluation.Entry first = pending.isEmpty() ? null : pending.get(0);
            createKeyspace(plans, first, first == null ? List.of() : resolved.get(first.version()));
        }
        store.createTables();
        try (MigrationLock lock = lock(options.lockWaitTimeout(), options.releaseLockOnShutdown())) {
            // Another runner may have applied scripts while this one waited.
            evaluation = Evaluation.of(plans, store.read());
            requireUnchangedOnMigrate(evaluation);
            requireInOrderOnMigrate(evaluation, options);
            List<Evaluation.Entry> stillPending = evaluation.pending(options.target());
            List<RepeatableEvaluation.Entry> stillToRun = evaluateRepeatables(repeatablePlans).toRun();
            callbacks.beforeMigrate(true);
            if (stillPending.isEmpty() && stillToRun.isEmpty()) {
                reportUpToDate(evaluation.currentVersion());
                return callbacks.afterMigrate(new MigrationResult(false, List.of(), List.of(),
                        evaluation.currentVersion()));
            }
            ScriptRunner runner = new ScriptRunner(this, evaluation);
            JavaMigrationRunner javaRunner = new JavaMigrationRunner(this, evaluation);
            runner.useKeyspace();
            long started = System.nanoTime();
            List<AppliedScript> applied = new ArrayList<>();
            for (Evaluation.Entry entry : stillPending) {
                callbacks.beforeEach(entry.plan());
                applied.add(entry.type() == MigrationType.JAVA ? javaRunner.apply(entry, lock)
                        : runner.apply(entry, resolved.computeIfAbsent(entry.version(),
                        version -> resolve(placeholders, entry.plan())), lock,
                        allowances.getOrDefault(entry.version(), List.of())));
                callbacks.afterEach(entry.plan(), applied.get(applied.size() - 1));
            }
            stillToRun.forEach(entry -> resolvedRepeatables.computeIfAbsent(entry.scriptName(),
                    name -> resolve(placeholders, entry.plan())));
            List<AppliedScript> appliedRepeatables = new RepeatableScripts(this, runner)
                    .apply(stillToRun, resolvedRepeatables, lock, callbacks);
            // A script applied out of order leaves the keyspace at the higher version applied before it.
            OptionalInt version = applied.isEmpty() ? evaluation.currentVersion()
                    : OptionalInt.of(Math.max(applied.get(applied.size() - 1).version(),
                    evaluation.currentVersion().orElse(0)));
            reporter.info("Applied " + count(applied.size(), "script")
                    + (appliedRepeatables.isEmpty() ? "" : " and " + count(appliedRepeatables.size(),
                    "repeatable script")) + " to keyspace " + keyspace + " in "
                    + (System.nanoTime() - started) / 1_000_000 + " ms"
                    + (version.isPresent() ? "; now at version " + version.getAsInt() : "") + ".");
            return callbacks.afterMigrate(new MigrationResult(false, applied, List.of(), version,
                    appliedRepeatables));
        }
    }

    /** A baseline script above the target is not a start: the keyspace would pass the target. */
    private static List<ScriptPlan> withinTarget(List<ScriptPlan> plans, OptionalInt target) {
        return plans.stream().filter(plan -> !plan.isBaselineScript() || target.isEmpty()
                || plan.version() <= target.getAsInt()).toList();
    }

    private void requireUnchangedOnMigrate(Evaluation evaluation) {
        if (configuration.validateOnMigrate()) {
            evaluation.requireUnchanged(keyspace);
        }
    }

    private void requireInOrderOnMigrate(Evaluation evaluation, MigrateOptions options) {
        if (!configuration.outOfOrder()) {
            evaluation.requireInOrder(keyspace, options.target());
        }
    }

    /**
     * Prints each finding as a warning; with {@link Setting#LINT_ERRORS} {@code fail}, an error stops the run here,
     * before anything runs or is created.
     *
     * @return the findings each script opted out of, by version, to record when it is applied
     */
    private Map<Integer, List<AllowedFinding>> lint(PendingLint lint, List<Evaluation.Entry> pending,
                                                    List<RepeatableEvaluation.Entry> repeatables) {
        List<AppliedHistory.Pending> scripts = new ArrayList<>(pending.stream()
                .filter(entry -> entry.type() == MigrationType.CQL).map(AppliedHistory::pending).toList());
        repeatables.forEach(entry -> scripts.add(AppliedHistory.pending(entry)));
        LintResult result = lint.lint(scripts);
        for (LintFinding finding : result.findings()) {
            reporter.warn(finding.headline() + System.lineSeparator() + "  fix: " + finding.fix());
        }
        for (AllowedFinding allowed : result.allowed()) {
            reporter.info(allowed.finding().headline() + System.lineSeparator() + "  allowed: " + allowed.reason());
        }
        if (!result.findings().isEmpty()) {
            reporter.info(result.headline());
        }
        if (configuration.lintErrors() == LintErrors.FAIL) {
            result.requireNoErrors();
        }
        return result.allowed().stream().collect(Collectors.groupingBy(allowed -> allowed.finding().version()));
    }

    private static List<String> resolve(Placeholders placeholders, ScriptPlan plan) {
        List<String> texts = new ArrayList<>();
        for (CqlStatement statement : plan.statements()) {
            texts.add(placeholders.forScript(plan.script()).resolve(plan.script().source(), statement).text());
        }
        return texts;
    }

    private MigrationResult dryRun(List<Evaluation.Entry> pending, Map<Integer, List<String>> resolved,
                                   OptionalInt currentVersion, List<RepeatableEvaluation.Entry> repeatables,
                                   Map<String, List<String>> resolvedRepeatables) {
        reporter.info("Dry run for keyspace " + keyspace + ": " + count(pending.size(), "migration")
                + (repeatables.isEmpty() ? "" : " and " + count(repeatables.size(), "repeatable script"))
                + " pending; nothing is executed or created.");
        List<PlannedStatement> planned = new ArrayList<>();
        pending.forEach(entry -> {
            if (entry.type() == MigrationType.JAVA) {
                reporter.info("-- " + entry.plan().script().source() + " (version " + entry.version() + ")"
                        + (entry.state() != ScriptState.PENDING ? ", again from its start" : "")
                        + ": would run its migrate(context); its CQL cannot be shown before it runs.");
                return;
            }
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
        for (RepeatableEvaluation.Entry entry : repeatables) {
            List<String> texts = resolvedRepeatables.get(entry.scriptName());
            List<CqlStatement> statements = entry.plan().statements();
            reporter.info("-- " + entry.scriptName() + " (repeatable, " + entry.state().label() + ")");
            for (int i = 0; i < statements.size(); i++) {
                PlannedStatement statement = new PlannedStatement(0, entry.scriptName(), i + 1,
                        statements.get(i).line(), texts.get(i));
                planned.add(statement);
                reporter.info("-- statement " + statement.number() + ", line " + statement.line());
                reporter.info(statement.cql().strip() + (statement.cql().strip().endsWith(";") ? "" : ";"));
            }
        }
        return new MigrationResult(true, List.of(), planned, currentVersion);
    }

    /**
     * The history lives in the keyspace, so a missing keyspace must be created by the first script before
     * anything can be recorded. Only its CREATE KEYSPACE statements run here; under the lock they are
     * skipped, as the keyspace then exists, and the rest of the script runs as usual.
     */
    private void createKeyspace(List<ScriptPlan> plans, Evaluation.Entry first, List<String> texts) {
        boolean creates = texts.stream().anyMatch(cql -> StatementKinds.createsKeyspace(cql, keyspace));
        // On a new keyspace the first to run is the first versioned script, or the baseline script it starts from.
        if (!creates || first.version() != plans.get(0).version() && !first.plan().isBaselineScript()) {
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
}
