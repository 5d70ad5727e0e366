package org.cqlshift.internal.schema;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.cqlshift.internal.ddl.CqlText;

/**
 * Writes a {@link KeyspaceSchema} as CQL that rebuilds it: the keyspace, then user types (each after the types it
 * uses), functions, aggregates, tables (each with the columns it remembers as dropped, its indexes and triggers),
 * and materialized views, every group sorted by name. The same schema always gives the same text.
 */
public final class SchemaWriter {

    static final String INDENT = "    ";

    private SchemaWriter() {
    }

    /** The whole schema file. */
    public static String document(KeyspaceSchema schema) {
        List<String> statements = new ArrayList<>();
        statements.add(createKeyspace(schema));
        TypeOrder.of(schema.types()).forEach(type -> statements.add(createType(schema.name(), type)));
        schema.functions().values().forEach(function -> statements.add(createFunction(schema.name(), function, false)));
        schema.aggregates().values()
                .forEach(aggregate -> statements.add(createAggregate(schema.name(), aggregate, false)));
        for (TableSchema table : schema.tables().values()) {
            statements.addAll(createTableWithHistory(schema.name(), table));
            table.indexes().values().forEach(index -> statements.add(createIndex(schema.name(), table.name(), index)));
            table.triggers().values()
                    .forEach(trigger -> statements.add(createTrigger(schema.name(), table.name(), trigger)));
        }
        schema.views().values().forEach(view -> statements.add(createView(schema.name(), view)));
        return "-- Schema of keyspace " + schema.name() + ", written by cqlshift: sorted, without ids or options at"
                + " their defaults.\n-- Regenerate it with 'cqlshift schema --schema-output <file>' instead of editing it.\n\n"
                + String.join("\n\n", statements) + "\n";
    }

    public static String createKeyspace(KeyspaceSchema schema) {
        StringBuilder cql = new StringBuilder("CREATE KEYSPACE ").append(CqlText.identifier(schema.name()))
                .append(" WITH replication = ").append(CqlText.map(schema.replication()));
        if (!schema.durableWrites()) {
            cql.append(" AND durable_writes = false");
        }
        schema.options().forEach((name, value) -> cql.append(" AND ").append(name).append(" = ")
                .append(OptionValues.cql(name, value)));
        return cql.append(';').toString();
    }

    public static String replication(String keyspace, Map<String, String> replication) {
        return "ALTER KEYSPACE " + CqlText.identifier(keyspace) + " WITH replication = " + CqlText.map(replication)
                + ";";
    }

    public static String createType(String keyspace, UserType type) {
        return "CREATE TYPE " + CqlText.qualified(keyspace, type.name()) + " (\n" + type.fields().stream()
                .map(field -> INDENT + CqlText.identifier(field.name()) + " " + field.type())
                .collect(Collectors.joining(",\n")) + "\n);";
    }

    public static String createFunction(String keyspace, FunctionSchema function, boolean orReplace) {
        List<String> arguments = new ArrayList<>();
        for (int i = 0; i < function.argumentTypes().size(); i++) {
            arguments.add(CqlText.identifier(function.argumentNames().get(i)) + " " + function.argumentTypes().get(i));
        }
        String body = function.body().contains("$$") ? CqlText.string(function.body()) : "$$" + function.body() + "$$";
        return "CREATE " + (orReplace ? "OR REPLACE " : "") + "FUNCTION " + CqlText.qualified(keyspace, function.name())
                + "(" + String.join(", ", arguments) + ")\n"
                + INDENT + (function.calledOnNullInput() ? "CALLED" : "RETURNS NULL") + " ON NULL INPUT\n"
                + INDENT + "RETURNS " + function.returnType() + "\n"
                + INDENT + "LANGUAGE " + function.language() + "\n"
                + INDENT + "AS " + body + ";";
    }

    public static String createAggregate(String keyspace, AggregateSchema aggregate, boolean orReplace) {
        StringBuilder cql = new StringBuilder("CREATE ").append(orReplace ? "OR REPLACE " : "").append("AGGREGATE ")
                .append(CqlText.qualified(keyspace, aggregate.name()))
                .append('(').append(String.join(", ", aggregate.argumentTypes())).append(")\n")
                .append(INDENT).append("SFUNC ").append(CqlText.identifier(aggregate.stateFunction())).append('\n')
                .append(INDENT).append("STYPE ").append(aggregate.stateType());
        aggregate.finalFunction().ifPresent(function -> cql.append('\n').append(INDENT).append("FINALFUNC ")
                .append(CqlText.identifier(function)));
        aggregate.initialCondition().ifPresent(condition -> cql.append('\n').append(INDENT).append("INITCOND ")
                .append(condition));
        return cql.append(';').toString();
    }

    /**
     * CREATE TABLE, then for each column the table remembers as dropped an ADD and a DROP that leave the same record;
     * a dropped column that was added again is created after its drop.
     */
    static List<String> createTableWithHistory(String keyspace, TableSchema table) {
        List<String> reAdded = table.droppedColumns().stream().map(DroppedColumn::name)
                .filter(name -> table.column(name).filter(column -> !column.kind().isPrimaryKey()).isPresent())
                .toList();
        List<String> statements = new ArrayList<>();
        statements.add(createTable(keyspace, table, reAdded));
        String qualified = CqlText.qualified(keyspace, table.name());
        for (DroppedColumn dropped : table.droppedColumns()) {
            String column = CqlText.identifier(dropped.name());
            statements.add("ALTER TABLE " + qualified + " ADD " + column + " " + dropped.type()
                    + (dropped.kind() == ColumnKind.STATIC ? " STATIC" : "") + ";\n"
                    + "ALTER TABLE " + qualified + " DROP " + column + ";");
        }
        reAdded.forEach(name -> statements.add(addColumn(keyspace, table.name(), table.column(name).orElseThrow())));
        return statements;
    }

    public static String createTable(String keyspace, TableSchema table) {
        return createTable(keyspace, table, List.of());
    }

    private static String createTable(String keyspace, TableSchema table, Collection<String> leftOut) {
        List<String> lines = new ArrayList<>();
        for (ColumnSchema column : visibleColumns(table)) {
            if (!leftOut.contains(column.name())) {
                ColumnSchema shown = table.compactStorage() == CompactStorage.STATIC && column.kind() == ColumnKind.STATIC
                        ? new ColumnSchema(column.name(), column.type(), ColumnKind.REGULAR, -1, column.order(),
                        column.mask(), column.constraint())
                        : column;
                lines.add(INDENT + CqlText.identifier(column.name()) + " " + shown.definition());
            }
        }
        List<ColumnSchema> clustering = table.compactStorage() == CompactStorage.STATIC ? List.of() : table.clustering();
        lines.add(INDENT + "PRIMARY KEY " + PrimaryKeys.of(table.partitionKey(), clustering));
        Map<String, String> clauses = new LinkedHashMap<>();
        if (table.compactStorage() != CompactStorage.NONE) {
            clauses.put("COMPACT STORAGE", "");
        }
        String order = PrimaryKeys.clusteringOrder(clustering);
        if (!order.isEmpty()) {
            clauses.put("CLUSTERING ORDER BY (" + order + ")", "");
        }
        table.options().forEach((name, value) -> clauses.put(name, OptionValues.cql(name, value)));
        return "CREATE TABLE " + CqlText.qualified(keyspace, table.name()) + " (\n" + String.join(",\n", lines) + "\n)"
                + with(clauses) + ";";
    }

    /** The columns CQL shows: a compact table's hidden ones are left out. */
    private static List<ColumnSchema> visibleColumns(TableSchema table) {
        return switch (table.compactStorage()) {
            case NONE -> table.columns();
            case STATIC -> table.columns().stream()
                    .filter(column -> column.kind() == ColumnKind.PARTITION_KEY || column.kind() == ColumnKind.STATIC)
                    .toList();
            case DENSE -> table.columns().stream()
                    .filter(column -> column.kind().isPrimaryKey() || !"empty".equals(column.type()))
                    .toList();
        };
    }

    /** {@code WITH a = 1\n    AND b = 2}, or nothing; a clause with an empty value is written alone. */
    private static String with(Map<String, String> clauses) {
        if (clauses.isEmpty()) {
            return "";
        }
        return clauses.entrySet().stream()
                .map(clause -> clause.getValue().isEmpty() ? clause.getKey() : clause.getKey() + " = " + clause.getValue())
                .collect(Collectors.joining("\n" + INDENT + "AND ", " WITH ", ""));
    }

    public static String addColumn(String keyspace, String table, ColumnSchema column) {
        return "ALTER TABLE " + CqlText.qualified(keyspace, table) + " ADD " + CqlText.identifier(column.name()) + " "
                + column.definition() + ";";
    }

    public static String dropColumn(String keyspace, String table, String column) {
        return "ALTER TABLE " + CqlText.qualified(keyspace, table) + " DROP " + CqlText.identifier(column) + ";";
    }

    /** ALTER TABLE (or MATERIALIZED VIEW) ... WITH option = value. */
    public static String alterOption(String keyspace, String table, boolean view, String option, String value) {
        return "ALTER " + (view ? "MATERIALIZED VIEW " : "TABLE ") + CqlText.qualified(keyspace, table) + " WITH "
                + option + " = " + OptionValues.cql(option, value) + ";";
    }

    public static String createIndex(String keyspace, String table, IndexSchema index) {
        StringBuilder cql = new StringBuilder("CREATE ").append(index.isCustom() ? "CUSTOM " : "").append("INDEX ")
                .append(CqlText.identifier(index.name())).append(" ON ").append(CqlText.qualified(keyspace, table))
                .append(" (").append(index.target()).append(')');
        index.className().ifPresent(className -> cql.append(" USING ").append(CqlText.string(className)));
        if (!index.options().isEmpty()) {
            cql.append(" WITH OPTIONS = ").append(CqlText.map(index.options()));
        }
        return cql.append(';').toString();
    }

    public static String createTrigger(String keyspace, String table, TriggerSchema trigger) {
        return "CREATE TRIGGER " + CqlText.identifier(trigger.name()) + " ON " + CqlText.qualified(keyspace, table)
                + " USING " + CqlText.string(trigger.className()) + ";";
    }

    public static String createView(String keyspace, ViewSchema view) {
        String selected = view.includeAllColumns() ? "*" : view.columns().stream()
                .map(column -> CqlText.identifier(column.name())).collect(Collectors.joining(", "));
        Map<String, String> clauses = new LinkedHashMap<>();
        String order = PrimaryKeys.clusteringOrder(view.clustering());
        if (!order.isEmpty()) {
            clauses.put("CLUSTERING ORDER BY (" + order + ")", "");
        }
        view.options().forEach((name, value) -> clauses.put(name, OptionValues.cql(name, value)));
        return "CREATE MATERIALIZED VIEW " + CqlText.qualified(keyspace, view.name()) + " AS\n"
                + INDENT + "SELECT " + selected + " FROM " + CqlText.qualified(keyspace, view.baseTable()) + "\n"
                + INDENT + "WHERE " + view.whereClause() + "\n"
                + INDENT + "PRIMARY KEY " + view.primaryKey()
                + (clauses.isEmpty() ? "" : "\n" + INDENT + with(clauses).substring(1)) + ";";
    }
}
