package org.cqlshift.api.seed;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** What happened to one seed file. */
public final class SeededFile {

    /** Whether a file was loaded or left alone. */
    public enum Status {
        /** Loaded: new, changed since the last run, or forced. */
        LOADED,
        /** Skipped: the seed history holds the same checksum. */
        UNCHANGED
    }

    private final String file;
    private final Status status;
    private final Map<String, Long> rowsByTable;
    private final long rowsLeftAlone;
    private final Duration checking;
    private final Duration elapsed;

    public SeededFile(String file, Status status, Map<String, Long> rowsByTable, long rowsLeftAlone,
            Duration checking, Duration elapsed) {
        this.file = file;
        this.status = status;
        this.rowsByTable = Collections.unmodifiableMap(new LinkedHashMap<>(rowsByTable));
        this.rowsLeftAlone = rowsLeftAlone;
        this.checking = checking;
        this.elapsed = elapsed;
    }

    /** The file, relative to the seeds directory, e.g. {@code employee.yaml} or {@code dev/users.yaml}. */
    public String file() {
        return file;
    }

    public Status status() {
        return status;
    }

    /** Rows sent, by {@code keyspace.table}, in the order the file first names them. */
    public Map<String, Long> rowsByTable() {
        return rowsByTable;
    }

    public long rows() {
        return rowsByTable.values().stream().mapToLong(Long::longValue).sum();
    }

    /** In insert-if-absent mode, rows that already existed and were therefore not written. */
    public long rowsLeftAlone() {
        return rowsLeftAlone;
    }

    /**
     * The part of {@link #elapsed()} spent reading and checking the whole file, before its first row was written;
     * the rest went to writing.
     */
    public Duration checking() {
        return checking;
    }

    public Duration elapsed() {
        return elapsed;
    }

    @Override
    public String toString() {
        return file + " " + status + " " + rowsByTable;
    }
}
