package org.cqlshift.internal.seed;

import com.datastax.oss.driver.api.core.CqlIdentifier;
import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.ColumnDefinition;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import com.datastax.oss.driver.api.core.cql.Row;
import com.datastax.oss.driver.api.core.type.DataType;
import com.datastax.oss.driver.api.core.type.DataTypes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.cqlshift.internal.session.ColumnConstraint;
import org.cqlshift.internal.session.Keyspaces;
import org.cqlshift.internal.session.TableConstraints;
import org.cqlshift.internal.session.ToolTableSetup;

/**
 * A table's columns as the live schema has them. The session keeps schema metadata off, so the key
 * columns come from {@code system_schema.columns} and the full types (UDT fields included) from the
 * result metadata of a prepared {@code SELECT *}, which is never executed.
 */
final class TableSchema {

    enum Kind { PARTITION_KEY, CLUSTERING, REGULAR, STATIC }

    record Column(String name, DataType type, Kind kind, int index) {
        boolean isKey() {
            return kind == Kind.PARTITION_KEY || kind == Kind.CLUSTERING;
        }

        String cqlName() {
            return CqlIdentifier.fromInternal(name).asCql(true);
        }

        String typeName() {
            return type.asCql(true, true);
        }
    }

    /** The table or its keyspace does not exist. */
    static final class Missing extends RuntimeException {
        private final String suggestion;

        Missing(String message, String suggestion) {
            super(message, null, false, false);
            this.suggestion = suggestion;
        }

        String suggestion() {
            return suggestion;
        }
    }

    private final String keyspace;
    private final String table;
    private final List<Column> columns;
    private final Map<String, Column> byName;
    private final boolean counterTable;
    private final Map<String, ColumnConstraint> constraints;

    private TableSchema(String keyspace, String table, List<Column> columns, Map<String, ColumnConstraint> constraints) {
        this.keyspace = keyspace;
        this.table = table;
        this.columns = List.copyOf(columns);
        this.byName = new LinkedHashMap<>();
        columns.forEach(column -> byName.put(column.name(), column));
        this.counterTable = columns.stream().anyMatch(column -> column.type().equals(DataTypes.COUNTER));
        this.constraints = Map.copyOf(constraints);
    }

    static TableSchema load(CqlSession session, String keyspace, String table) {
        List<Row> rows = session.execute("SELECT column_name, kind, position FROM system_schema.columns"
                + " WHERE keyspace_name = ? AND table_name = ?", keyspace, table).all();
        if (rows.isEmpty()) {
            throw missing(session, keyspace, table);
        }
        // Rows go to every node: a table the migrations just created must be usable on each, not only the one asked.
        String qualified = qualified(keyspace, table);
        ToolTableSetup.awaitUsable(session, qualified);
        PreparedStatement select = session.prepare("SELECT * FROM " + qualified);
        Map<String, DataType> types = new LinkedHashMap<>();
        for (ColumnDefinition definition : select.getResultSetDefinitions()) {
            types.put(definition.getName().asInternal(), definition.getType());
        }
        List<Row> ordered = new ArrayList<>(rows);
        ordered.sort(Comparator.comparing((Row row) -> kind(row.getString("kind")))
                .thenComparing(row -> row.getInt("position")));
        List<Column> columns = new ArrayList<>();
        for (Row row : ordered) {
            String name = row.getString("column_name");
            columns.add(new Column(name, types.get(name), kind(row.getString("kind")), columns.size()));
        }
        Map<String, ColumnConstraint> constraints = new LinkedHashMap<>();
        TableConstraints.of(session, keyspace, table).stream().map(ColumnConstraint::parse).flatMap(Optional::stream)
                .forEach(constraint -> constraints.put(constraint.column(), constraint));
        return new TableSchema(keyspace, table, columns, constraints);
    }

    private static Missing missing(CqlSession session, String keyspace, String table) {
        if (!Keyspaces.exists(session, keyspace)) {
            return new Missing("keyspace '" + keyspace + "' does not exist.",
                    "Create it (run the migrations first), or fix 'keyspace:' in the file or the keyspace setting.");
        }
        List<String> tables = session.execute("SELECT table_name FROM system_schema.tables WHERE keyspace_name = ?",
                keyspace).all().stream().map(row -> row.getString("table_name")).sorted().toList();
        return new Missing("table '" + table + "' does not exist in keyspace '" + keyspace + "'"
                + (tables.isEmpty() ? " (it has no tables)." : "; its tables are " + String.join(", ", tables) + "."),
                "Fix 'table:' in the file, or create the table first (run the migrations).");
    }

    private static Kind kind(String kind) {
        return switch (kind) {
            case "partition_key" -> Kind.PARTITION_KEY;
            case "clustering" -> Kind.CLUSTERING;
            case "static" -> Kind.STATIC;
            default -> Kind.REGULAR;
        };
    }

    static String qualified(String keyspace, String table) {
        return CqlIdentifier.fromInternal(keyspace).asCql(true) + "." + CqlIdentifier.fromInternal(table).asCql(true);
    }

    /** {@code keyspace.table}, as users read it. */
    String name() {
        return keyspace + "." + table;
    }

    String cqlName() {
        return qualified(keyspace, table);
    }

    List<Column> columns() {
        return columns;
    }

    Column column(String name) {
        return byName.get(name);
    }

    String columnNames() {
        return columns.stream().map(Column::name).collect(Collectors.joining(", "));
    }

    /** The column's {@code CHECK} constraint (Cassandra 6), if it has one. */
    Optional<ColumnConstraint> constraint(String column) {
        return Optional.ofNullable(constraints.get(column));
    }

    boolean isCounterTable() {
        return counterTable;
    }
}
