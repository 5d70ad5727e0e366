package org.cqlshift.internal.schema;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.ColumnDefinition;
import com.datastax.oss.driver.api.core.cql.Row;
import com.datastax.oss.driver.api.core.cql.SimpleStatement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.cqlshift.internal.ddl.CqlText;
import org.cqlshift.internal.session.ToolTables;

/**
 * Reads one keyspace's schema from the {@code system_schema} tables into the normalized {@link KeyspaceSchema}.
 * Every query is valid on 4.1; each table is read with {@code SELECT *}, so that a column a later release adds (an
 * option of Cassandra 6) is read where it exists and its absence elsewhere means its default.
 */
public final class SchemaReader {

    private static final Set<String> NUMERIC_OR_BOOLEAN = Set.of("tinyint", "smallint", "int", "bigint", "varint",
            "float", "double", "decimal", "counter", "boolean");

    private final CqlSession session;
    private final CassandraLine line;

    public SchemaReader(CqlSession session, CassandraLine line) {
        this.session = session;
        this.line = line;
    }

    /** The release version of the node the session's queries go to first, as {@code system.local} reports it. */
    public static String releaseVersion(CqlSession session) {
        Row row = session.execute("SELECT release_version FROM system.local").one();
        return row == null ? "" : row.getString("release_version");
    }

    /** A reader for the line of the session's node. */
    public static SchemaReader of(CqlSession session) {
        return new SchemaReader(session, CassandraLine.of(releaseVersion(session)));
    }

    public CassandraLine line() {
        return line;
    }

    /**
     * @param keyspace the name as Cassandra stores it
     * @return the schema, or empty when the keyspace does not exist
     */
    public Optional<KeyspaceSchema> read(String keyspace) {
        Row keyspaceRow = rows("keyspaces", keyspace).stream().findFirst().orElse(null);
        if (keyspaceRow == null) {
            return Optional.empty();
        }
        Map<String, String> keyspaceOptions = new TreeMap<>(options(keyspaceRow, Set.of("replication",
                "durable_writes")));
        keyspaceOptions.entrySet().removeIf(option -> option.getValue().equals(line.keyspaceDefaults()
                .get(option.getKey())));

        Map<String, List<ColumnSchema>> columns = columns(keyspace);
        Map<String, TableSchema> tables = new TreeMap<>();
        Map<String, List<DroppedColumn>> dropped = dropped(keyspace);
        Map<String, Map<String, IndexSchema>> indexes = indexes(keyspace);
        Map<String, Map<String, TriggerSchema>> triggers = triggers(keyspace);
        for (Row row : rows("tables", keyspace)) {
            String table = row.getString("table_name");
            if (ToolTables.isToolTable(table)) {
                continue;
            }
            CompactStorage compact = CompactStorage.of(row.getSet("flags", String.class));
            List<ColumnSchema> tableColumns = columns.getOrDefault(table, List.of());
            Map<String, String> options = tableOptions(row);
            if (line.atLeast(CassandraLine.CASSANDRA_6_0)) {
                DescribedTable described = DescribedTable.of(session, keyspace, table);
                tableColumns = described.withConstraints(tableColumns);
                options.putAll(withoutDefaults(described.options(), options.get("compaction")));
            }
            tables.put(table, new TableSchema(table, tableColumns, options, compact,
                    dropped.getOrDefault(table, List.of()), indexes.getOrDefault(table, Map.of()),
                    triggers.getOrDefault(table, Map.of())));
        }
        Map<String, ViewSchema> views = new TreeMap<>();
        for (Row row : rows("views", keyspace)) {
            String view = row.getString("view_name");
            views.put(view, new ViewSchema(view, row.getString("base_table_name"), row.getString("where_clause"),
                    row.getBoolean("include_all_columns"), columns.getOrDefault(view, List.of()), tableOptions(row)));
        }
        Map<String, String> replication = CqlText.withShortClass(keyspaceRow.getMap("replication", String.class,
                String.class));
        return Optional.of(new KeyspaceSchema(keyspace, replication, keyspaceRow.getBoolean("durable_writes"),
                keyspaceOptions, types(keyspace), functions(keyspace), aggregates(keyspace), tables, views));
    }

    private List<Row> rows(String schemaTable, String keyspace) {
        return session.execute(SimpleStatement.newInstance("SELECT * FROM system_schema." + schemaTable
                + " WHERE keyspace_name = ?", keyspace)).all();
    }

    /** The row's columns that hold options, as literals, leaving out nulls (the default) and the given columns. */
    private static Map<String, String> options(Row row, Set<String> leaveOut) {
        Map<String, String> options = new TreeMap<>();
        for (ColumnDefinition column : row.getColumnDefinitions()) {
            String name = column.getName().asInternal();
            Object value = row.getObject(name);
            if (value == null || leaveOut.contains(name) || CassandraLine.isNotAnOption(name)) {
                continue;
            }
            options.put(name, Literals.of(value));
        }
        return options;
    }

    private Map<String, String> tableOptions(Row row) {
        Map<String, String> options = options(row, Set.of());
        return withoutDefaults(options, options.get("compaction"));
    }

    private Map<String, String> withoutDefaults(Map<String, String> options, String compaction) {
        Map<String, String> kept = new TreeMap<>();
        options.forEach((name, value) -> {
            if (!line.tableDefault(name, compaction).map(value::equals).orElse(false)) {
                kept.put(name, value);
            }
        });
        return kept;
    }

    private Map<String, List<ColumnSchema>> columns(String keyspace) {
        Map<String, Map<String, String>> masks = masks(keyspace);
        Map<String, List<ColumnSchema>> columns = new HashMap<>();
        for (Row row : rows("columns", keyspace)) {
            String table = row.getString("table_name");
            String name = row.getString("column_name");
            ColumnSchema column = ColumnSchema.of(name, row.getString("type"), ColumnKind.of(row.getString("kind")),
                    row.getInt("position"), row.getString("clustering_order"));
            String mask = masks.getOrDefault(table, Map.of()).get(name);
            columns.computeIfAbsent(table, key -> new ArrayList<>()).add(column.withMask(Optional.ofNullable(mask)));
        }
        return columns;
    }

    /** Cassandra 5.0's dynamic data masking, by table and column: {@code system.mask_inner(1, 1)}. */
    private Map<String, Map<String, String>> masks(String keyspace) {
        Map<String, Map<String, String>> masks = new HashMap<>();
        if (!line.atLeast(CassandraLine.CASSANDRA_5_0)) {
            return masks;
        }
        for (Row row : rows("column_masks", keyspace)) {
            List<String> types = row.getList("function_argument_types", String.class);
            List<String> values = row.getList("function_argument_values", String.class);
            List<Boolean> nulls = row.getList("function_argument_nulls", Boolean.class);
            List<String> arguments = new ArrayList<>();
            for (int i = 0; i < types.size(); i++) {
                arguments.add(nulls.get(i) ? "null" : argument(types.get(i), values.get(i)));
            }
            String function = CqlText.qualified(row.getString("function_keyspace"), row.getString("function_name"))
                    + "(" + String.join(", ", arguments) + ")";
            masks.computeIfAbsent(row.getString("table_name"), key -> new HashMap<>())
                    .put(row.getString("column_name"), function);
        }
        return masks;
    }

    /** A masking function's argument, stored as text, written as the literal of its type. */
    private static String argument(String type, String value) {
        return NUMERIC_OR_BOOLEAN.contains(type) ? value : CqlText.string(value);
    }

    private Map<String, List<DroppedColumn>> dropped(String keyspace) {
        Map<String, List<DroppedColumn>> dropped = new HashMap<>();
        for (Row row : rows("dropped_columns", keyspace)) {
            dropped.computeIfAbsent(row.getString("table_name"), key -> new ArrayList<>())
                    .add(new DroppedColumn(row.getString("column_name"), row.getString("type"),
                            ColumnKind.of(row.getString("kind"))));
        }
        return dropped;
    }

    private Map<String, Map<String, IndexSchema>> indexes(String keyspace) {
        Map<String, Map<String, IndexSchema>> indexes = new HashMap<>();
        for (Row row : rows("indexes", keyspace)) {
            Map<String, String> options = new TreeMap<>(row.getMap("options", String.class, String.class));
            String target = options.remove("target");
            Optional<String> className = Optional.ofNullable(options.remove("class_name"))
                    .map(CassandraLine::indexClass);
            String name = row.getString("index_name");
            indexes.computeIfAbsent(row.getString("table_name"), key -> new TreeMap<>())
                    .put(name, new IndexSchema(name, row.getString("kind"), target == null ? "" : target, className,
                            options));
        }
        return indexes;
    }

    private Map<String, Map<String, TriggerSchema>> triggers(String keyspace) {
        Map<String, Map<String, TriggerSchema>> triggers = new HashMap<>();
        for (Row row : rows("triggers", keyspace)) {
            String name = row.getString("trigger_name");
            String className = row.getMap("options", String.class, String.class).getOrDefault("class", "");
            triggers.computeIfAbsent(row.getString("table_name"), key -> new TreeMap<>())
                    .put(name, new TriggerSchema(name, className));
        }
        return triggers;
    }

    private Map<String, UserType> types(String keyspace) {
        Map<String, UserType> types = new TreeMap<>();
        for (Row row : rows("types", keyspace)) {
            List<String> names = row.getList("field_names", String.class);
            List<String> fieldTypes = row.getList("field_types", String.class);
            List<UserType.Field> fields = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                fields.add(new UserType.Field(names.get(i), fieldTypes.get(i)));
            }
            String name = row.getString("type_name");
            types.put(name, new UserType(name, fields));
        }
        return types;
    }

    private Map<String, FunctionSchema> functions(String keyspace) {
        Map<String, FunctionSchema> functions = new TreeMap<>();
        for (Row row : rows("functions", keyspace)) {
            FunctionSchema function = new FunctionSchema(row.getString("function_name"),
                    row.getList("argument_names", String.class), row.getList("argument_types", String.class),
                    row.getString("return_type"), row.getString("language"), row.getString("body"),
                    row.getBoolean("called_on_null_input"));
            functions.put(function.signature(), function);
        }
        return functions;
    }

    private Map<String, AggregateSchema> aggregates(String keyspace) {
        Map<String, AggregateSchema> aggregates = new TreeMap<>();
        for (Row row : rows("aggregates", keyspace)) {
            AggregateSchema aggregate = new AggregateSchema(row.getString("aggregate_name"),
                    row.getList("argument_types", String.class), row.getString("state_func"),
                    row.getString("state_type"), Optional.ofNullable(row.getString("final_func")),
                    Optional.ofNullable(row.getString("initcond")), row.getString("return_type"));
            aggregates.put(aggregate.signature(), aggregate);
        }
        return aggregates;
    }
}
