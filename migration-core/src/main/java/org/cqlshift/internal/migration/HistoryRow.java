package org.cqlshift.internal.migration;

import java.time.Instant;

/** A row of cassandra-migration's {@code schema_migration} table. */
record HistoryRow(boolean successful, int version, String scriptName, String script, Instant executedAt) {
}
