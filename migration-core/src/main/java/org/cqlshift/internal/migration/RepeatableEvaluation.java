package org.cqlshift.internal.migration;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeSet;
import org.cqlshift.api.migration.RepeatableScriptInfo;
import org.cqlshift.api.migration.ScriptState;
import org.cqlshift.internal.cql.RepeatableScriptName;

/** The repeatable scripts on disk weighed against their history: each one's state, and which migrate runs. */
final class RepeatableEvaluation {

    /** One repeatable script: its file (null when gone), its last run (null when never run) and its state. */
    record Entry(ScriptPlan plan, RepeatableHistory.Row row, ScriptState state) {

        String scriptName() {
            return plan != null ? plan.fileName() : row.scriptName();
        }

        String description() {
            return plan != null ? plan.script().description() : RepeatableScriptName.description(row.scriptName());
        }

        boolean runs() {
            return state == ScriptState.PENDING || state == ScriptState.OUTDATED || state == ScriptState.FAILED;
        }
    }

    private final List<Entry> entries;

    private RepeatableEvaluation(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    static RepeatableEvaluation of(List<ScriptPlan> plans, Map<String, RepeatableHistory.Row> rows) {
        Map<String, ScriptPlan> byName = new HashMap<>();
        plans.forEach(plan -> byName.put(plan.fileName(), plan));
        TreeSet<String> names = new TreeSet<>(byName.keySet());
        names.addAll(rows.keySet());
        List<Entry> entries = new ArrayList<>();
        for (String name : names) {
            ScriptPlan plan = byName.get(name);
            RepeatableHistory.Row row = rows.get(name);
            ScriptState state = plan == null ? ScriptState.MISSING
                    : row == null ? ScriptState.PENDING
                    : row.failed() ? ScriptState.FAILED
                    : row.checksum().equals(plan.checksum()) ? ScriptState.SUCCESS : ScriptState.OUTDATED;
            entries.add(new Entry(plan, row, state));
        }
        entries.sort(Comparator.comparing(Entry::description).thenComparing(Entry::scriptName));
        return new RepeatableEvaluation(entries);
    }

    List<Entry> entries() {
        return entries;
    }

    /** The scripts migrate runs, in order of description: new, changed or failed last time. */
    List<Entry> toRun() {
        return entries.stream().filter(Entry::runs).toList();
    }

    List<RepeatableScriptInfo> infos() {
        return entries.stream().map(RepeatableEvaluation::info).toList();
    }

    private static RepeatableScriptInfo info(Entry entry) {
        RepeatableHistory.Row row = entry.row();
        boolean failed = entry.state() == ScriptState.FAILED;
        return new RepeatableScriptInfo(entry.description(), entry.scriptName(), entry.state(),
                row == null ? Optional.empty() : Optional.ofNullable(row.installedOn()),
                row == null || failed || row.executionMillis() == null ? Optional.empty()
                        : Optional.of(Duration.ofMillis(row.executionMillis())),
                failed ? OptionalInt.of(row.failedStatement()) : OptionalInt.empty(),
                entry.plan() == null ? 0 : entry.plan().statements().size(),
                failed ? Optional.ofNullable(row.failure()) : Optional.empty(),
                entry.plan() != null ? Optional.of(entry.plan().checksum()) : Optional.ofNullable(row.checksum()));
    }
}
