package org.cqlshift.internal.seed;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.BatchStatement;
import com.datastax.oss.driver.api.core.cql.BatchType;
import com.datastax.oss.driver.api.core.cql.BoundStatement;
import com.datastax.oss.driver.api.core.cql.BoundStatementBuilder;
import com.datastax.oss.driver.api.core.cql.SimpleStatement;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.cqlshift.api.seed.SeedException;
import org.cqlshift.api.seed.SeedListener;
import org.cqlshift.api.seed.SeedMode;
import org.cqlshift.api.seed.SeedProgress;
import org.cqlshift.api.seed.SeededFile;

/**
 * Loads one seed file all or nothing: the first pass reads, checks and encodes every row into a spill
 * file without writing anything; only when the whole file is valid does the second pass write.
 */
final class FileLoader {

    private static final long PROGRESS_INTERVAL_NANOS = 200_000_000L;

    private final CqlSession session;
    private final String defaultKeyspace;
    private final SeedMode mode;
    private final int concurrency;
    private final SeedListener listener;
    private final Map<String, TableSchema> schemas = new HashMap<>();

    FileLoader(CqlSession session, String defaultKeyspace, SeedMode mode, int concurrency, SeedListener listener) {
        this.session = session;
        this.defaultKeyspace = defaultKeyspace;
        this.mode = mode;
        this.concurrency = concurrency;
        this.listener = listener;
    }

    SeededFile load(SeedFiles.SeedFile file) {
        long started = System.nanoTime();
        RowEncoder encoder = new RowEncoder(session, mode);
        try (SpillFile spill = new SpillFile()) {
            Map<TableSchema, Long> rowsByTable = check(file, encoder, spill);
            Duration checking = Duration.ofNanos(System.nanoTime() - started);
            long rows = rowsByTable.values().stream().mapToLong(Long::longValue).sum();
            if (mode == SeedMode.TRUNCATE) {
                for (TableSchema table : rowsByTable.keySet()) {
                    truncate(file, table);
                }
            }
            long notApplied = write(file, encoder, spill, rows);
            Map<String, Long> counts = new LinkedHashMap<>();
            rowsByTable.forEach((table, count) -> counts.put(table.name(), count));
            return new SeededFile(file.name(), SeededFile.Status.LOADED, counts, notApplied, checking,
                    Duration.ofNanos(System.nanoTime() - started));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SeedInputProblem problem) {
            throw problem.inFile(file.name());
        }
    }

    private Map<TableSchema, Long> check(SeedFiles.SeedFile file, RowEncoder encoder, SpillFile spill)
            throws IOException {
        long size = Files.size(file.path());
        long started = System.nanoTime();
        Map<TableSchema, Long> rowsByTable = new LinkedHashMap<>();
        // The line of each primary key's first row, per table: a second row with it would overwrite the first.
        Map<TableSchema, KeyLines> keyLines = new HashMap<>();
        try (CountingInputStream input = new CountingInputStream(Files.newInputStream(file.path()))) {
            new PipelinedReader(new SeedFileReader(file.name(), file.table().orElse(null))).read(input, new SeedFileReader.Handler() {
                private final ProgressRate rate = new ProgressRate(started);
                private TableSchema table;
                private long rows;
                private long lastReport = started;

                @Override
                public void table(String keyspace, String name, SeedValue.Scalar tableNode) {
                    table = schema(keyspace == null ? defaultKeyspace : keyspace, name, tableNode);
                    if (mode == SeedMode.INSERT_IF_ABSENT && table.isCounterTable()) {
                        throw new SeedInputProblem(tableNode.line(), tableNode.column(), "counter table "
                                + table.name() + " cannot be loaded with insert-if-absent (counters have no"
                                + " conditional insert).", "Load counter tables with --seed-mode upsert or truncate.",
                                null);
                    }
                    rowsByTable.putIfAbsent(table, 0L);
                }

                @Override
                public void row(SeedValue.Mapping row) {
                    RowEncoder.EncodedRow encoded = encoder.encode(table, row);
                    if (!table.isCounterTable()) {
                        Integer firstLine = keyLines.computeIfAbsent(table, t -> new KeyLines())
                                .putIfAbsent(encoded.values(), encoded.shape().keyPositions(), row.line());
                        if (firstLine != null) {
                            throw new SeedInputProblem(row.line(), row.column(), "this row has the same primary key ("
                                    + keyColumnNames(table) + ") as the row at line " + firstLine + " of table "
                                    + table.name() + "; it would overwrite that row.",
                                    "Remove one of the two rows, or give it another key.", null);
                        }
                    }
                    try {
                        spill.append(encoded);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    rowsByTable.merge(table, 1L, Long::sum);
                    rows++;
                    if ((rows & 1023) == 0 && System.nanoTime() - lastReport > PROGRESS_INTERVAL_NANOS) {
                        lastReport = System.nanoTime();
                        long estimate = input.count() == 0 ? rows : (long) ((double) rows * size / input.count());
                        listener.progress(new SeedProgress(file.name(), SeedProgress.Phase.CHECKING, rows,
                                Math.max(rows, estimate), Duration.ofNanos(lastReport - started),
                                rate.update(rows, lastReport)));
                    }
                }
            });
        }
        return rowsByTable;
    }

    private static String keyColumnNames(TableSchema table) {
        return table.columns().stream().filter(TableSchema.Column::isKey).map(TableSchema.Column::name)
                .collect(Collectors.joining(", "));
    }

    private void truncate(SeedFiles.SeedFile file, TableSchema table) {
        try {
            session.execute(SimpleStatement.newInstance("TRUNCATE " + table.cqlName()));
        } catch (RuntimeException e) {
            throw new SeedException("Truncating " + table.name() + " before loading seed file " + file.name()
                    + " failed: " + e.getMessage() + ". No row of the file was written.",
                    "TRUNCATE needs every node up; check the cluster and run seed again.", e);
        }
    }

    private TableSchema schema(String keyspace, String table, SeedValue.Scalar at) {
        try {
            return schemas.computeIfAbsent(keyspace + "." + table, name -> TableSchema.load(session, keyspace, table));
        } catch (TableSchema.Missing missing) {
            throw new SeedInputProblem(at.line(), at.column(), missing.getMessage(), missing.suggestion(), null);
        }
    }

    /** Sends every checked row; returns how many conditional inserts found their row already there. */
    private long write(SeedFiles.SeedFile file, RowEncoder encoder, SpillFile spill, long rows) throws IOException {
        long started = System.nanoTime();
        long lastReport = started;
        ProgressRate rate = new ProgressRate(started);
        RowWriter writer = new RowWriter(session, concurrency);
        WriteGroups groups = new WriteGroups(session);
        long sent = 0;
        try (SpillFile.Reader reader = spill.reader()) {
            RowEncoder.EncodedRow row;
            boolean sending = true;
            while (sending && (row = reader.next(encoder)) != null) {
                BoundStatement statement = bind(row);
                int bytes = groups.serverSize(row);
                if (mode == SeedMode.INSERT_IF_ABSENT) {
                    // Conditional inserts go one by one: a batch of them applies all or none.
                    sending = writer.send(statement, 1, bytes);
                } else {
                    for (WriteGroups.Group group : groups.add(statement, row.shape().table(),
                            !row.shape().idempotent(), bytes)) {
                        sending = sending && send(writer, group);
                    }
                }
                sent++;
                if ((sent & 1023) == 0 && System.nanoTime() - lastReport > PROGRESS_INTERVAL_NANOS) {
                    lastReport = System.nanoTime();
                    long written = writer.rowsWritten();
                    listener.progress(new SeedProgress(file.name(), SeedProgress.Phase.WRITING, written, rows,
                            Duration.ofNanos(lastReport - started), rate.update(written, lastReport)));
                }
            }
            for (WriteGroups.Group group : groups.drain()) {
                sending = sending && send(writer, group);
            }
            writer.awaitAll();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failed(file, writer, rows, e);
        }
        if (writer.failure() != null) {
            throw failed(file, writer, rows, writer.failure());
        }
        long finished = System.nanoTime();
        listener.progress(new SeedProgress(file.name(), SeedProgress.Phase.WRITING, writer.rowsWritten(), rows,
                Duration.ofNanos(finished - started), rate.finished(writer.rowsWritten(), finished)));
        return writer.rowsNotApplied();
    }

    private static BoundStatement bind(RowEncoder.EncodedRow row) {
        BoundStatementBuilder builder = row.shape().prepared().boundStatementBuilder();
        ByteBuffer[] values = row.values();
        for (int i = 0; i < values.length; i++) {
            builder.setBytesUnsafe(i, values[i]);
        }
        return builder.setIdempotence(row.shape().idempotent()).build();
    }

    /** Sends a group: one row as a plain statement, more as an UNLOGGED (or COUNTER) batch. */
    private static boolean send(RowWriter writer, WriteGroups.Group group) throws InterruptedException {
        List<BoundStatement> statements = group.statements();
        if (statements.size() == 1) {
            return writer.send(statements.get(0), 1, group.bytes());
        }
        // A batch has its own consistency level; its rows' level is the one Accord accepts (AccordConsistency).
        BatchStatement batch = BatchStatement.newInstance(group.counter() ? BatchType.COUNTER : BatchType.UNLOGGED)
                .addAll(statements)
                .setConsistencyLevel(statements.get(0).getConsistencyLevel())
                .setSerialConsistencyLevel(statements.get(0).getSerialConsistencyLevel())
                .setIdempotent(!group.counter());
        return writer.send(batch, statements.size(), group.bytes());
    }

    private SeedException failed(SeedFiles.SeedFile file, RowWriter writer, long rows, Throwable cause) {
        return new SeedException("Writing seed file " + file.name() + " failed: " + cause.getMessage() + ". "
                + writer.rowsWritten() + " of " + rows + " rows were written (acknowledged by Cassandra) before it"
                + " stopped; the rest were not.",
                "Fix the cause and run seed again: rows are upserts, so rows already written are simply written"
                        + " again (counter tables would count twice: reload them with --seed-mode truncate).", cause);
    }
}
