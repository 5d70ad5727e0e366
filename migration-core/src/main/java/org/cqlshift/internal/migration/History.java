package org.cqlshift.internal.migration;

import java.util.Map;
import java.util.OptionalInt;

/** Everything the keyspace's history tables hold, keyed by version. */
record History(Map<Integer, HistoryRow> succeeded, Map<Integer, HistoryRow> failed, Map<Integer, Details> details) {

    static final History EMPTY = new History(Map.of(), Map.of(), Map.of());

    History {
        succeeded = Map.copyOf(succeeded);
        failed = Map.copyOf(failed);
        details = Map.copyOf(details);
    }

    /** Whether nothing was ever recorded: neither a script nor a baseline. */
    boolean isEmpty() {
        return succeeded.isEmpty() && failed.isEmpty() && details.isEmpty();
    }

    /** The version a baseline marked as applied, if one was recorded. */
    OptionalInt baseline() {
        return details.values().stream().filter(Details::isBaseline).mapToInt(Details::version).max();
    }
}
