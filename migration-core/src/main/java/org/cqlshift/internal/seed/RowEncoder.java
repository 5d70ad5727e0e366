package org.cqlshift.internal.seed;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.ProtocolVersion;
import com.datastax.oss.driver.api.core.cql.SimpleStatement;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import com.datastax.oss.driver.api.core.type.codec.registry.CodecRegistry;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.cqlshift.api.seed.SeedMode;
import org.cqlshift.internal.session.AccordConsistency;
import org.cqlshift.internal.session.ColumnConstraint;

/**
 * Checks a row against its table and encodes it with the driver's codecs, ready to bind. Each table and
 * set of columns gets one prepared statement ("shape"), so a column a row leaves out is never bound: it
 * stays unset and no tombstone is written.
 */
final class RowEncoder {

    /**
     * One prepared statement: the table, which columns it binds in which order, and where among them the
     * primary key columns are, in the table's column order.
     */
    record Shape(int id, TableSchema table, PreparedStatement prepared, int[] bindColumns, int[] keyPositions,
            boolean idempotent) {
    }

    /** A row ready to bind: its shape and one encoded value per bind variable (null for an explicit null). */
    record EncodedRow(Shape shape, ByteBuffer[] values) {
    }

    private final CqlSession session;
    private final SeedMode mode;
    private final ValueConverter converter;
    private final CodecRegistry codecs;
    private final ProtocolVersion protocolVersion;
    private final List<Shape> shapes = new ArrayList<>();
    private final Map<TableSchema, TablePlan> plans = new HashMap<>();

    /** What encoding a column's values needs, resolved once per table rather than per value. */
    private record ColumnPlan(ValueConverter.TypeConverter converter, ValueConverter.LazyCodec codec,
            Optional<ColumnConstraint> constraint) {
    }

    /** A table's column plans, by column index, and its shapes by the set of columns a row gives. */
    private record TablePlan(ColumnPlan[] columns, Map<BitSet, Shape> shapes) {
    }

    RowEncoder(CqlSession session, SeedMode mode) {
        this.session = session;
        this.mode = mode;
        this.codecs = session.getContext().getCodecRegistry();
        this.converter = new ValueConverter(codecs);
        this.protocolVersion = session.getContext().getProtocolVersion();
    }

    Shape shape(int id) {
        return shapes.get(id);
    }

    EncodedRow encode(TableSchema table, SeedValue.Mapping row) {
        TablePlan plan = plans.computeIfAbsent(table, this::plan);
        BitSet present = new BitSet(table.columns().size());
        SeedValue[] nodes = new SeedValue[table.columns().size()];
        row.entries().forEach((name, value) -> {
            TableSchema.Column column = table.column(name);
            if (column == null) {
                SeedValue.Scalar key = row.keys().get(name);
                throw new SeedInputProblem(key.line(), key.column(), "table " + table.name() + " has no column '"
                        + name + "'; its columns are " + table.columnNames() + ".",
                        "Fix the column name, or add the column to the table first.", null);
            }
            nodes[column.index()] = value;
            // A counter cannot be null: a null one (an empty CSV cell) adds nothing, as if left out.
            if (!(table.isCounterTable() && !column.isKey() && SeedValue.isNull(value))) {
                present.set(column.index());
            }
        });
        for (TableSchema.Column column : table.columns()) {
            if (column.isKey() && (!present.get(column.index()) || SeedValue.isNull(nodes[column.index()]))) {
                throw new SeedInputProblem(row.line(), row.column(), "the row has no value for primary key column '"
                        + column.name() + "' (" + column.typeName() + ") of table " + table.name() + ".",
                        "Give every row a value for each primary key column: " + keyColumns(table) + ".", null);
            }
        }
        if (table.isCounterTable() && present.stream().allMatch(i -> table.columns().get(i).isKey())) {
            throw new SeedInputProblem(row.line(), row.column(), "the row of counter table " + table.name()
                    + " has no counter column.", "Give each row of a counter table at least one counter value.",
                    null);
        }
        Shape shape = plan.shapes().computeIfAbsent(present, columns -> prepare(table, columns));
        ByteBuffer[] values = new ByteBuffer[shape.bindColumns().length];
        for (int i = 0; i < values.length; i++) {
            int index = shape.bindColumns()[i];
            values[i] = encode(table, table.columns().get(index), plan.columns()[index], nodes[index]);
        }
        return new EncodedRow(shape, values);
    }

    private TablePlan plan(TableSchema table) {
        ColumnPlan[] columns = new ColumnPlan[table.columns().size()];
        for (TableSchema.Column column : table.columns()) {
            columns[column.index()] = new ColumnPlan(converter.forType(column.type()),
                    new ValueConverter.LazyCodec(codecs, column.type()), table.constraint(column.name()));
        }
        return new TablePlan(columns, new HashMap<>());
    }

    private ByteBuffer encode(TableSchema table, TableSchema.Column column, ColumnPlan plan, SeedValue node) {
        try {
            Object value = plan.converter().convert(node);
            plan.constraint().ifPresent(constraint -> constraint.violatedBy(value).ifPresent(broken -> {
                throw new SeedInputProblem(node.line(), node.column(), "table " + table.name() + ", column '"
                        + column.name() + "': " + node.describe() + " breaks the table's constraint " + broken
                        + " (CHECK " + constraint.text() + ").",
                        "Fix the value so that " + broken + " holds.", null);
            }));
            if (value == null) {
                return null;
            }
            return plan.codec().get().encode(value, protocolVersion);
        } catch (ValueConverter.Mismatch mismatch) {
            SeedValue at = mismatch.at();
            throw new SeedInputProblem(at.line(), at.column(), "table " + table.name() + ", column '"
                    + column.name() + "' expects " + column.typeName() + " but found " + node.describe()
                    + (at == node ? "" : " (the part at this position is " + at.describe() + ")")
                    + ": " + mismatch.getMessage() + ".",
                    "Write a value of type " + column.typeName() + " there; see docs/seeds.md for the accepted"
                            + " spellings.", null);
        } catch (IllegalArgumentException | ClassCastException e) {
            throw new SeedInputProblem(node.line(), node.column(), "table " + table.name() + ", column '"
                    + column.name() + "' expects " + column.typeName() + " but found " + node.describe() + ": "
                    + e.getMessage() + ".", "Write a value of type " + column.typeName() + " there.", null);
        }
    }

    private Shape prepare(TableSchema table, BitSet present) {
        int[] bind;
        String cql;
        if (table.isCounterTable()) {
            int[] counters = present.stream().filter(i -> !table.columns().get(i).isKey()).toArray();
            int[] keys = present.stream().filter(i -> table.columns().get(i).isKey()).toArray();
            bind = IntStream.concat(IntStream.of(counters), IntStream.of(keys)).toArray();
            cql = "UPDATE " + table.cqlName() + " SET "
                    + IntStream.of(counters).mapToObj(i -> table.columns().get(i).cqlName())
                            .map(name -> name + " = " + name + " + ?").collect(Collectors.joining(", "))
                    + " WHERE " + IntStream.of(keys).mapToObj(i -> table.columns().get(i).cqlName() + " = ?")
                            .collect(Collectors.joining(" AND "));
        } else {
            bind = present.stream().toArray();
            cql = "INSERT INTO " + table.cqlName() + " ("
                    + IntStream.of(bind).mapToObj(i -> table.columns().get(i).cqlName())
                            .collect(Collectors.joining(", "))
                    + ") VALUES (" + IntStream.of(bind).mapToObj(i -> "?").collect(Collectors.joining(", ")) + ")"
                    + (mode == SeedMode.INSERT_IF_ABSENT ? " IF NOT EXISTS" : "");
        }
        int[] bindColumns = bind;
        int[] keyPositions = IntStream.range(0, bind.length)
                .filter(i -> table.columns().get(bindColumns[i]).isKey())
                .toArray();
        // Counter updates add to the stored value: replaying one would count twice.
        Shape shape = new Shape(shapes.size(), table, session.prepare(SimpleStatement.newInstance(cql)
                .setConsistencyLevel(AccordConsistency.sessionDefault(session))
                .setSerialConsistencyLevel(AccordConsistency.sessionDefaultSerial(session))), bind, keyPositions,
                !table.isCounterTable());
        shapes.add(shape);
        return shape;
    }

    private static String keyColumns(TableSchema table) {
        return table.columns().stream().filter(TableSchema.Column::isKey).map(TableSchema.Column::name)
                .collect(Collectors.joining(", "));
    }
}
