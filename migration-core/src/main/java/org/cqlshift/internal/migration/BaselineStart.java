package org.cqlshift.internal.migration;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.cqlshift.internal.cql.BaselineScriptName;

/**
 * The baseline script a keyspace starts from: the one its history records, or, for a keyspace without any
 * history, the newest one given (the caller leaves out those above a target). A keyspace with other history
 * never starts from one.
 *
 * @param version the baseline script's version: the versioned scripts up to it are superseded
 * @param plan the baseline script, or null when the history records one whose file is gone
 */
record BaselineStart(int version, ScriptPlan plan) {

    static Optional<BaselineStart> of(List<ScriptPlan> baselineScripts, History history) {
        Optional<String> recorded = Stream.concat(Stream.concat(history.succeeded().values().stream()
                                .map(HistoryRow::scriptName), history.failed().values().stream().map(HistoryRow::scriptName)),
                        history.details().values().stream().map(Details::scriptName))
                .filter(Objects::nonNull)
                .filter(BaselineScriptName::matches)
                .findFirst();
        if (recorded.isPresent()) {
            String name = recorded.get();
            return Optional.of(new BaselineStart(BaselineScriptName.version(name), baselineScripts.stream()
                    .filter(plan -> plan.fileName().equals(name)).findFirst().orElse(null)));
        }
        if (!history.isEmpty()) {
            return Optional.empty();
        }
        return baselineScripts.stream().max(Comparator.comparingInt(ScriptPlan::version))
                .map(plan -> new BaselineStart(plan.version(), plan));
    }
}
