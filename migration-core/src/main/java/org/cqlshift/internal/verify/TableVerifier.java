package org.cqlshift.internal.verify;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.ProtocolVersion;
import com.datastax.oss.driver.api.core.cql.BoundStatement;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import com.datastax.oss.driver.api.core.cql.ResultSet;
import com.datastax.oss.driver.api.core.cql.Row;
import com.datastax.oss.driver.api.core.metadata.schema.ColumnMetadata;
import com.datastax.oss.driver.api.core.metadata.schema.TableMetadata;
import com.datastax.oss.driver.api.core.type.DataTypes;
import com.datastax.oss.driver.api.core.type.codec.TypeCodec;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.cqlshift.api.verify.VerifyReport.Outcome;
import org.cqlshift.api.verify.VerifyReport.StepReport;
import org.cqlshift.api.verify.VerifyReport.TableReport;
import org.cqlshift.api.verify.VerifyException;
import org.cqlshift.internal.session.AccordConsistency;
import org.cqlshift.internal.session.ReplicaShortage;
import org.cqlshift.internal.session.TableConstraints;

/**
 * One table's CRUD round trip on a synthetic row with a fresh random key.
 *
 * <p>Real data is never touched: a key is used only when its partition is empty, the insert is
 * {@code IF NOT EXISTS} (another key is drawn on collision), and the row is deleted at the end even
 * when a step failed; it is recorded in the {@link ProbeLedger} until then, for a verify stopped midway.
 * Writes to regular tables are all lightweight transactions so that they are ordered by Paxos rather
 * than by client and server clocks, which may disagree; otherwise a delete could carry an older
 * timestamp than the insert and silently leave the row behind.
 */
final class TableVerifier {

    static final int KEY_ATTEMPTS = 5;

    private final CqlSession session;
    private final TableMetadata table;
    private final SyntheticValues values;
    private final ProbeLedger ledger;
    private final ProtocolVersion protocol;
    private final List<ColumnMetadata> partitionKey;
    private final List<ColumnMetadata> primaryKey;
    private final List<ColumnMetadata> staticColumns;
    private final List<ColumnMetadata> regularColumns;
    private final List<ColumnMetadata> allColumns;
    private final boolean counterTable;
    private final List<StepReport> steps = new ArrayList<>();

    /** The synthetic row, by column; set once a key has been chosen. */
    private Map<ColumnMetadata, Object> row;
    /** Whether a row of ours may exist and has to be cleaned up. */
    private boolean written;

    TableVerifier(CqlSession session, TableMetadata table, SyntheticValues values, ProbeLedger ledger) {
        this.session = session;
        this.table = table;
        this.values = values;
        this.ledger = ledger;
        this.protocol = session.getContext().getProtocolVersion();
        this.partitionKey = table.getPartitionKey();
        this.primaryKey = table.getPrimaryKey();
        this.allColumns = new ArrayList<>(table.getColumns().values());
        this.staticColumns = allColumns.stream().filter(ColumnMetadata::isStatic).collect(Collectors.toList());
        this.regularColumns = allColumns.stream()
                .filter(c -> !c.isStatic() && !primaryKey.contains(c))
                .collect(Collectors.toList());
        this.counterTable = allColumns.stream().anyMatch(c -> c.getType().equals(DataTypes.COUNTER));
    }

    TableReport verify() {
        long start = System.nanoTime();
        List<String> constraints = TableConstraints.of(session, table);
        if (!constraints.isEmpty()) {
            steps.add(new StepReport("insert", Outcome.SKIPPED, "the table has constraints that random values could"
                    + " violate (" + String.join("; ", constraints) + "); check it with seed rows instead",
                    Duration.ZERO));
        } else if (counterTable) {
            verifyCounters();
        } else {
            verifyRegular();
        }
        return new TableReport(table.getName().asInternal(), steps, Duration.ofNanos(System.nanoTime() - start));
    }

    private void verifyRegular() {
        boolean ok = step("insert", this::insert);
        ok = ok ? step("read", () -> readBack(allColumns)) : skip("read");
        ok = ok ? updateStep() : skip("update");
        deleteStep();
    }

    private void verifyCounters() {
        boolean ok = step("increment", this::increment);
        ok = ok ? step("read", () -> readBack(allColumns)) : skip("read");
        deleteStep();
    }

    private String insert() {
        List<ColumnMetadata> columns = allColumns;
        PreparedStatement insert = session.prepare("INSERT INTO " + qualifiedName() + " (" + names(columns)
                + ") VALUES (" + markers(columns.size()) + ") IF NOT EXISTS");
        for (int attempt = 1; attempt <= KEY_ATTEMPTS; attempt++) {
            Map<ColumnMetadata, Object> candidate = generate(columns);
            if (partitionInUse(candidate)) {
                continue;
            }
            claim(candidate);
            if (execute(bind(insert, columns, candidate)).wasApplied()) {
                return columns.size() + " columns written" + (attempt > 1 ? " (key " + attempt + ")" : "");
            }
            release();
        }
        row = null;
        throw new StepFailure("no unused key found in " + KEY_ATTEMPTS + " attempts; the key columns ("
                + describe(primaryKey) + ") have too few possible values");
    }

    private String increment() {
        List<ColumnMetadata> counters = allColumns.stream().filter(c -> !primaryKey.contains(c))
                .collect(Collectors.toList());
        String assignments = counters.stream()
                .map(c -> c.getName().asCql(true) + " = " + c.getName().asCql(true) + " + ?")
                .collect(Collectors.joining(", "));
        PreparedStatement update = session.prepare("UPDATE " + qualifiedName() + " SET " + assignments
                + " WHERE " + conditions(primaryKey));
        for (int attempt = 1; attempt <= KEY_ATTEMPTS; attempt++) {
            Map<ColumnMetadata, Object> candidate = generate(allColumns);
            if (partitionInUse(candidate)) {
                continue;
            }
            claim(candidate);
            List<ColumnMetadata> bound = new ArrayList<>(counters);
            bound.addAll(primaryKey);
            execute(bind(update, bound, candidate));
            return counters.size() + " counters incremented";
        }
        throw new StepFailure("no unused key found in " + KEY_ATTEMPTS + " attempts; the key columns ("
                + describe(primaryKey) + ") have too few possible values");
    }

    private String readBack(List<ColumnMetadata> columns) {
        // Cassandra refuses a clustering restriction when only static columns are selected.
        List<ColumnMetadata> key = columns.stream().allMatch(ColumnMetadata::isStatic) ? partitionKey : primaryKey;
        PreparedStatement select = session.prepare("SELECT " + names(columns) + " FROM " + qualifiedName()
                + " WHERE " + conditions(key) + " LIMIT 1");
        Row read = execute(bind(select, key, row)).one();
        if (read == null) {
            throw new StepFailure("the row written was not found");
        }
        List<String> mismatches = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            ColumnMetadata column = columns.get(i);
            TypeCodec<Object> codec = values.codec(column.getType());
            Object actual = codec.decode(read.getBytesUnsafe(i), protocol);
            Object expected = row.get(column);
            if (!Objects.equals(expected, actual)) {
                mismatches.add(column.getName().asInternal() + " (" + column.getType().asCql(true, true)
                        + "): wrote " + codec.format(expected) + ", read " + codec.format(actual));
            }
        }
        if (!mismatches.isEmpty()) {
            throw new StepFailure(String.join("; ", mismatches));
        }
        return columns.size() + " columns match";
    }

    private boolean updateStep() {
        List<ColumnMetadata> candidates = new ArrayList<>(regularColumns);
        candidates.addAll(staticColumns);
        if (candidates.isEmpty()) {
            steps.add(new StepReport("update", Outcome.SKIPPED,
                    "only primary key columns: nothing to update", Duration.ZERO));
            return true;
        }
        ColumnMetadata target = candidates.get(0);
        return step("update", () -> update(target));
    }

    private String update(ColumnMetadata target) {
        // A static column belongs to the partition, so it is addressed by the partition key alone.
        List<ColumnMetadata> key = target.isStatic() ? partitionKey : primaryKey;
        PreparedStatement update = session.prepare("UPDATE " + qualifiedName() + " SET "
                + target.getName().asCql(true) + " = ? WHERE " + conditions(key) + " IF EXISTS");
        Object newValue = values.differentValueOf(target.getType(), row.get(target));
        Map<ColumnMetadata, Object> changed = new LinkedHashMap<>(row);
        changed.put(target, newValue);
        List<ColumnMetadata> bound = new ArrayList<>();
        bound.add(target);
        bound.addAll(key);
        if (!execute(bind(update, bound, changed)).wasApplied()) {
            throw new StepFailure("the row written was not found by the update");
        }
        row = changed;
        readBack(List.of(target));
        return "column " + target.getName().asInternal() + " changed and read back";
    }

    private void deleteStep() {
        if (!written) {
            steps.add(new StepReport("delete", Outcome.SKIPPED, "nothing was written", Duration.ZERO));
            return;
        }
        step("delete", this::delete);
    }

    private String delete() {
        String target = qualifiedName();
        if (counterTable) {
            // Counter tables take no conditions; the key's partition was empty before the increment.
            execute(bind(session.prepare("DELETE FROM " + target + " WHERE " + conditions(partitionKey)),
                    partitionKey, row));
        } else {
            execute(bind(session.prepare("DELETE FROM " + target + " WHERE " + conditions(primaryKey)
                    + " IF EXISTS"), primaryKey, row));
            if (!staticColumns.isEmpty()) {
                execute(bind(session.prepare("DELETE " + names(staticColumns) + " FROM " + target + " WHERE "
                        + conditions(partitionKey) + " IF EXISTS"), partitionKey, row));
            }
        }
        if (partitionInUse(row)) {
            throw new StepFailure("the row is still there after the delete; remove it by hand");
        }
        release();
        return "row deleted, partition empty";
    }

    /**
     * Takes the candidate as the probe row, which may exist from here on: recorded in the ledger first, so that a
     * verify stopped before {@link #release()} leaves a record the next verify deletes the row by.
     */
    private void claim(Map<ColumnMetadata, Object> candidate) {
        row = candidate;
        ledger.recorded(table.getName().asInternal(), describeKey(), cleanup());
        written = true;
    }

    /** The probe row is gone, or was never ours (its key was taken meanwhile). */
    private void release() {
        ledger.cleared(table.getName().asInternal(), describeKey());
        written = false;
    }

    /** The statements that delete the probe row, its key's values written out, as {@link #delete()} does. */
    private List<String> cleanup() {
        if (counterTable) {
            return List.of("DELETE FROM " + qualifiedName() + " WHERE " + literals(partitionKey));
        }
        List<String> statements = new ArrayList<>();
        statements.add("DELETE FROM " + qualifiedName() + " WHERE " + literals(primaryKey) + " IF EXISTS");
        if (!staticColumns.isEmpty()) {
            statements.add("DELETE " + names(staticColumns) + " FROM " + qualifiedName() + " WHERE "
                    + literals(partitionKey) + " IF EXISTS");
        }
        return statements;
    }

    private boolean partitionInUse(Map<ColumnMetadata, Object> candidate) {
        PreparedStatement probe = session.prepare("SELECT " + names(partitionKey) + " FROM " + qualifiedName()
                + " WHERE " + conditions(partitionKey) + " LIMIT 1");
        return execute(bind(probe, partitionKey, candidate)).one() != null;
    }

    /** Runs a step and records it; returns whether it passed. */
    private boolean step(String name, StepAction action) {
        long start = System.nanoTime();
        Outcome outcome;
        String detail;
        try {
            detail = action.run();
            outcome = Outcome.PASSED;
        } catch (StepFailure | SyntheticValues.UnsupportedTypeException e) {
            detail = e.getMessage();
            outcome = Outcome.FAILED;
        } catch (RuntimeException e) {
            if (ReplicaShortage.find(e).isPresent()) {
                throw tooFewReplicas(name, e);
            }
            detail = e.getClass().getSimpleName() + ": " + e.getMessage();
            outcome = Outcome.FAILED;
        }
        if (outcome == Outcome.FAILED && written && name.equals("delete")) {
            detail = detail + " (key " + describeKey() + ")";
        }
        steps.add(new StepReport(name, outcome, detail, Duration.ofNanos(System.nanoTime() - start)));
        return outcome == Outcome.PASSED;
    }

    /**
     * Too few replicas answer: the cluster's state, not the table's, so verify stops (exit code 3, naming the nodes
     * that are down) instead of reporting the table failed, and says whether a probe row may be left.
     */
    private VerifyException tooFewReplicas(String step, RuntimeException cause) {
        return new VerifyException("Verify of table " + qualifiedName() + " stopped at its " + step + " step"
                + (written ? "; its probe row may have been written: delete it with DELETE FROM " + qualifiedName()
                + " WHERE " + describeKey() : ", having written nothing to it") + ".", null, cause);
    }

    private boolean skip(String name) {
        steps.add(new StepReport(name, Outcome.SKIPPED, "after an earlier failure", Duration.ZERO));
        return false;
    }

    private Map<ColumnMetadata, Object> generate(List<ColumnMetadata> columns) {
        Map<ColumnMetadata, Object> generated = new LinkedHashMap<>();
        for (ColumnMetadata column : columns) {
            generated.put(column, values.valueOf(column.getType()));
        }
        return generated;
    }

    private BoundStatement bind(PreparedStatement statement, List<ColumnMetadata> columns,
                                Map<ColumnMetadata, Object> source) {
        BoundStatement bound = statement.bind()
                .setConsistencyLevel(AccordConsistency.sessionDefault(session))
                .setSerialConsistencyLevel(AccordConsistency.sessionDefaultSerial(session));
        for (int i = 0; i < columns.size(); i++) {
            ColumnMetadata column = columns.get(i);
            ByteBuffer encoded = values.codec(column.getType()).encode(source.get(column), protocol);
            bound = bound.setBytesUnsafe(i, encoded);
        }
        return bound;
    }

    private ResultSet execute(BoundStatement statement) {
        return session.execute(statement);
    }

    private String qualifiedName() {
        return table.getKeyspace().asCql(true) + "." + table.getName().asCql(true);
    }

    private String describeKey() {
        return literals(primaryKey);
    }

    /** {@code a = 1 AND b = 'x'}: the row's values of the columns as CQL literals. */
    private String literals(List<ColumnMetadata> columns) {
        return columns.stream()
                .map(c -> c.getName().asCql(true) + " = " + values.codec(c.getType()).format(row.get(c)))
                .collect(Collectors.joining(" AND "));
    }

    private static String names(List<ColumnMetadata> columns) {
        return columns.stream().map(c -> c.getName().asCql(true)).collect(Collectors.joining(", "));
    }

    private static String conditions(List<ColumnMetadata> columns) {
        return columns.stream().map(c -> c.getName().asCql(true) + " = ?").collect(Collectors.joining(" AND "));
    }

    private static String markers(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    private static String describe(List<ColumnMetadata> columns) {
        return columns.stream().map(c -> c.getName().asInternal() + " " + c.getType().asCql(true, true))
                .collect(Collectors.joining(", "));
    }

    @FunctionalInterface
    private interface StepAction {
        /** Does the step and returns what it checked; throws {@link StepFailure} when the check fails. */
        String run();
    }

    /** A check that failed, with a message for the report. */
    private static final class StepFailure extends RuntimeException {
        StepFailure(String message) {
            super(message);
        }
    }
}
