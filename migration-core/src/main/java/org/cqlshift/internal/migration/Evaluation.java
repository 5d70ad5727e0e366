package org.cqlshift.internal.migration;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.cqlshift.api.config.Setting;
import org.cqlshift.api.migration.MigrationException;
import org.cqlshift.api.migration.MigrationType;
import org.cqlshift.api.migration.ScriptInfo;
import org.cqlshift.api.migration.ScriptState;
import org.cqlshift.internal.cql.ScriptName;

/** The scripts on disk weighed against the history: each version's state, and where migrate would start. */
final class Evaluation {

    /**
     * One version.
     *
     * @param plan the script, or null when its file is gone
     * @param resumeAt the 1-based statement migrate starts at, for pending, failed and interrupted scripts
     * @param editedBeforeFailure statements recorded as done but edited since
     */
    record Entry(int version, ScriptPlan plan, HistoryRow applied, Details details, ScriptState state,
                 int resumeAt, List<Integer> editedBeforeFailure) {

        String scriptName() {
            if (plan != null) {
                return plan.fileName();
            }
            return applied != null ? applied.scriptName() : details != null ? details.scriptName() : "";
        }

        /** From the plan; from the history when the migration is gone. */
        MigrationType type() {
            if (plan != null) {
                return plan.type();
            }
            return details != null ? details.type() : MigrationType.CQL;
        }

        boolean blocksMigration() {
            return state == ScriptState.CHANGED || state == ScriptState.MISSING || !editedBeforeFailure.isEmpty();
        }
    }

    private final List<Entry> entries;

    private Evaluation(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /**
     * @param plans the versioned scripts and the baseline scripts ({@link BaselineStart} tells which of these a
     *     keyspace starts from)
     */
    static Evaluation of(List<ScriptPlan> plans, History history) {
        Map<Integer, ScriptPlan> byVersion = new TreeMap<>();
        plans.stream().filter(plan -> !plan.isBaselineScript()).forEach(plan -> byVersion.put(plan.version(), plan));
        Optional<BaselineStart> start = BaselineStart.of(
                plans.stream().filter(ScriptPlan::isBaselineScript).toList(), history);
        TreeSet<Integer> versions = new TreeSet<>(byVersion.keySet());
        versions.addAll(history.succeeded().keySet());
        versions.addAll(history.failed().keySet());
        versions.addAll(history.details().keySet());
        start.ifPresent(baselineScript -> versions.add(baselineScript.version()));
        OptionalInt baseline = history.baseline();

        List<Entry> entries = new ArrayList<>();
        for (int version : versions) {
            ScriptPlan plan = byVersion.get(version);
            if (start.isPresent() && version <= start.get().version()) {
                if (plan != null) {
                    entries.add(new Entry(version, plan, null, null, ScriptState.SUPERSEDED, 0, List.of()));
                }
                if (version == start.get().version()) {
                    entries.add(entry(version, start.get().plan(), history, baseline));
                }
                continue;
            }
            entries.add(entry(version, plan, history, baseline));
        }
        return new Evaluation(entries);
    }

    private static Entry entry(int version, ScriptPlan plan, History history, OptionalInt baseline) {
        HistoryRow applied = history.succeeded().get(version);
        HistoryRow failed = history.failed().get(version);
        Details details = history.details().get(version);
        if (applied != null) {
            if (details != null && details.isBaseline()) {
                return new Entry(version, plan, applied, details, ScriptState.BASELINE, 0, List.of());
            }
            if (plan == null) {
                return new Entry(version, null, applied, details, ScriptState.MISSING, 0, List.of());
            }
            boolean unchanged = details != null && details.checksum() != null && details.failedStatement() == null
                    ? details.checksum().equals(plan.checksum())
                    // Written by cassandra-migration: compare the text it stored.
                    : CassandraMigrationText.sameScript(applied.script(), plan.script().content());
            ScriptState state = !unchanged ? ScriptState.CHANGED
                    : details != null && details.isOutOfOrder() ? ScriptState.OUT_OF_ORDER : ScriptState.SUCCESS;
            return new Entry(version, plan, applied, details, state, 0, List.of());
        }
        boolean hasFailed = failed != null || (details != null && details.failedStatement() != null);
        // Progress is recorded before the first statement runs and after each one: a started script has details.
        boolean started = details != null && !details.isBaseline();
        if (hasFailed || started) {
            if (plan == null) {
                return new Entry(version, null, failed, details, ScriptState.MISSING, 0, List.of());
            }
            List<String> done = details == null ? List.of() : details.statementChecksums();
            return new Entry(version, plan, failed, details, hasFailed ? ScriptState.FAILED : ScriptState.INTERRUPTED,
                    done.size() + 1, edited(done, plan));
        }
        if (baseline.isPresent() && version <= baseline.getAsInt()) {
            return new Entry(version, plan, null, null, ScriptState.BASELINE, 0, List.of());
        }
        return new Entry(version, plan, null, null, ScriptState.PENDING, 1, List.of());
    }

    /** The 1-based numbers of the statements recorded as done whose text is not the file's any more. */
    static List<Integer> edited(List<String> done, ScriptPlan plan) {
        List<Integer> edited = new ArrayList<>();
        for (int i = 0; i < done.size(); i++) {
            if (i >= plan.statementChecksums().size() || !done.get(i).equals(plan.statementChecksums().get(i))) {
                edited.add(i + 1);
            }
        }
        return edited;
    }

    List<Entry> entries() {
        return entries;
    }

    /** Scripts migrate would run, in order, up to the target version. */
    List<Entry> pending(OptionalInt target) {
        return entries.stream()
                .filter(e -> e.state() == ScriptState.PENDING || e.state() == ScriptState.FAILED
                        || e.state() == ScriptState.INTERRUPTED)
                .filter(e -> target.isEmpty() || e.version() <= target.getAsInt())
                .toList();
    }

    OptionalInt currentVersion() {
        return entries.stream()
                .filter(e -> e.state().isApplied())
                .mapToInt(Entry::version)
                .max();
    }

    /** Whether a script of a higher version than this one is applied: applying this one now is out of order. */
    boolean belowApplied(int version) {
        OptionalInt current = currentVersion();
        return current.isPresent() && version < current.getAsInt();
    }

    /**
     * Refuses new scripts below the highest applied version, naming each, unless {@link Setting#OUT_OF_ORDER} allows
     * them. Failed and interrupted scripts were started in their time, and may always be completed.
     */
    void requireInOrder(String keyspace, OptionalInt target) {
        List<Entry> late = pending(target).stream()
                .filter(e -> e.state() == ScriptState.PENDING && belowApplied(e.version())).toList();
        if (late.isEmpty()) {
            return;
        }
        int current = currentVersion().getAsInt();
        String list = late.stream().map(e -> "  - " + e.scriptName() + " (version " + e.version() + ")")
                .collect(Collectors.joining(System.lineSeparator()));
        Setting setting = Setting.OUT_OF_ORDER;
        throw new MigrationException("Keyspace " + keyspace + " is at version " + current + ", and "
                + (late.size() == 1 ? "this new script has" : "these new scripts have") + " a lower version:"
                + System.lineSeparator() + list,
                "Give " + (late.size() == 1 ? "it" : "each") + " a version above " + current + " (rename the file);"
                        + " or, if it does not depend on the scripts above it, apply it out of order with "
                        + setting.flag() + " (" + setting.environmentVariable() + "=true, " + setting.property()
                        + "=true, " + setting.springProperty() + "=true), and info shows it "
                        + ScriptState.OUT_OF_ORDER.label() + ".");
    }

    /** Refuses to go on when applied scripts were edited or removed, naming each. */
    void requireUnchanged(String keyspace) {
        List<Entry> problems = entries.stream().filter(Entry::blocksMigration).toList();
        if (problems.isEmpty()) {
            return;
        }
        String list = problems.stream().map(Evaluation::problem).collect(Collectors.joining(System.lineSeparator()));
        throw new MigrationException("The scripts no longer match the migration history of keyspace " + keyspace + ":"
                + System.lineSeparator() + list,
                "Restore each file as it was applied (e.g. from version control) and put new changes in a new"
                        + " script with a higher version. If a change is intended and the schema already matches"
                        + " it, run repair with a reason to accept the files as they are now.");
    }

    private static String problem(Entry entry) {
        String name = "  - " + entry.scriptName() + " (version " + entry.version() + ")";
        if (entry.state() == ScriptState.MISSING) {
            return name + " is recorded in the history but its "
                    + (entry.type() == MigrationType.JAVA ? "class is not found any more" : "file is missing");
        }
        if (entry.state() == ScriptState.CHANGED) {
            return name + " was edited after it was applied";
        }
        return name + (entry.state() == ScriptState.FAILED ? " failed at statement " : " was interrupted at statement ")
                + entry.resumeAt() + ", and statement"
                + (entry.editedBeforeFailure().size() > 1 ? "s " : " ")
                + entry.editedBeforeFailure().stream().map(String::valueOf).collect(Collectors.joining(", "))
                + ", which succeeded before, " + (entry.editedBeforeFailure().size() > 1 ? "were" : "was")
                + " edited since; migrate resumes at statement " + entry.resumeAt()
                + " only when the statements before it are unchanged";
    }

    List<ScriptInfo> infos() {
        return entries.stream().map(Evaluation::info).toList();
    }

    /** What was applied, when recorded; what the file holds for a script not applied yet. */
    private static Optional<String> checksum(Entry entry) {
        if (entry.applied() != null && entry.applied().successful()) {
            return entry.details() == null ? Optional.empty() : Optional.ofNullable(entry.details().checksum());
        }
        return entry.plan() == null ? Optional.empty() : Optional.of(entry.plan().checksum());
    }

    private static ScriptInfo info(Entry entry) {
        Details details = entry.details();
        boolean failed = entry.state() == ScriptState.FAILED;
        boolean unfinished = failed || entry.state() == ScriptState.INTERRUPTED;
        return new ScriptInfo(entry.version(),
                entry.plan() != null ? entry.plan().script().description() : ScriptName.description(entry.scriptName()),
                entry.scriptName(),
                entry.state(),
                entry.applied() != null && !unfinished ? Optional.ofNullable(entry.applied().executedAt())
                        : Optional.empty(),
                details != null && details.executionMillis() != null && !unfinished
                        ? Optional.of(Duration.ofMillis(details.executionMillis())) : Optional.empty(),
                failed && details != null && details.failedStatement() != null
                        ? OptionalInt.of(details.failedStatement()) : OptionalInt.empty(),
                entry.plan() != null ? entry.plan().statements().size() : 0,
                unfinished ? entry.resumeAt() - 1 : 0,
                failed && details != null ? Optional.ofNullable(details.failure()) : Optional.empty(),
                checksum(entry),
                entry.type());
    }
}
