package org.cqlshift.internal.schema;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.cqlshift.api.schema.Difference;
import org.cqlshift.api.schema.SchemaObject;
import org.cqlshift.internal.ddl.CqlText;

/**
 * Compares an expected schema with a live one and says, for each difference, what CQL brings the live keyspace in
 * line, or why none can. Names and fixes are the live keyspace's: the expected schema may have been built under
 * another name (a schema file).
 */
public final class SchemaComparison {

    private static final String REPAIR_NOTE = "After the change, run a full repair of the keyspace (nodetool repair"
            + " --full %s) on every node, so that new replicas receive the data they now own.";
    private static final String NTS = "NetworkTopologyStrategy";
    private static final String REPLICATION_FACTOR = "replication_factor";

    private final CassandraLine line;
    private final String keyspace;
    private final Differences differences = new Differences();

    private SchemaComparison(CassandraLine line, String keyspace) {
        this.line = line;
        this.keyspace = keyspace;
    }

    /**
     * @param line the release line of the live cluster, whose defaults stand for options a side leaves unset
     */
    public static List<Difference> compare(KeyspaceSchema expected, KeyspaceSchema live, CassandraLine line) {
        SchemaComparison comparison = new SchemaComparison(line, live.name());
        comparison.keyspace(expected, live);
        comparison.types(expected.types(), live.types());
        comparison.functions(expected, live);
        comparison.tables(expected.tables(), live.tables());
        comparison.views(expected.views(), live.views());
        return comparison.differences.list();
    }

    /** The keyspace's own settings, unless the expected schema's CQL did not create the keyspace and so says none. */
    private void keyspace(KeyspaceSchema expected, KeyspaceSchema live) {
        if (expected.replication().isEmpty()) {
            return;
        }
        if (!sameReplication(expected.replication(), live.replication())) {
            differences.changed(SchemaObject.OPTION, name("replication"), CqlText.map(expected.replication()),
                    CqlText.map(live.replication()), SchemaWriter.replication(keyspace, expected.replication()),
                    String.format(REPAIR_NOTE, keyspace));
        }
        if (expected.durableWrites() != live.durableWrites()) {
            differences.changed(SchemaObject.OPTION, name("durable_writes"), String.valueOf(expected.durableWrites()),
                    String.valueOf(live.durableWrites()), "ALTER KEYSPACE " + CqlText.identifier(keyspace)
                            + " WITH durable_writes = " + expected.durableWrites() + ";", null);
        }
        for (String option : union(expected.options().keySet(), live.options().keySet())) {
            String defaultValue = line.keyspaceDefaults().get(option);
            String expectedValue = expected.options().getOrDefault(option, defaultValue);
            String liveValue = live.options().getOrDefault(option, defaultValue);
            if (!Objects.equals(expectedValue, liveValue)) {
                differences.changed(SchemaObject.OPTION, name(option), expectedValue, liveValue, expectedValue == null
                        ? null : "ALTER KEYSPACE " + CqlText.identifier(keyspace) + " WITH " + option + " = "
                        + OptionValues.cql(option, expectedValue) + ";", null);
            }
        }
    }

    /**
     * NetworkTopologyStrategy with {@code replication_factor} stands for that factor in every datacenter, which the
     * server writes out per datacenter: the two spellings are the same replication.
     */
    static boolean sameReplication(Map<String, String> expected, Map<String, String> live) {
        if (expected.equals(live)) {
            return true;
        }
        String factor = expected.get(REPLICATION_FACTOR);
        if (!NTS.equals(expected.get("class")) || !NTS.equals(live.get("class")) || factor == null) {
            return false;
        }
        Map<String, String> expanded = new TreeMap<>(expected);
        expanded.remove(REPLICATION_FACTOR);
        live.keySet().stream().filter(key -> !"class".equals(key)).forEach(dc -> expanded.putIfAbsent(dc, factor));
        return expanded.equals(live);
    }

    private void types(Map<String, UserType> expected, Map<String, UserType> live) {
        for (String type : union(expected.keySet(), live.keySet())) {
            UserType wanted = expected.get(type);
            UserType actual = live.get(type);
            String name = name(type);
            if (actual == null) {
                String create = SchemaWriter.createType(keyspace, wanted);
                differences.missing(SchemaObject.TYPE, name, create, create, null);
            } else if (wanted == null) {
                differences.extra(SchemaObject.TYPE, name, SchemaWriter.createType(keyspace, actual),
                        "DROP TYPE " + CqlText.qualified(keyspace, type) + ";",
                        "The server refuses to drop a type that a table, view or other type still uses.");
            } else if (!wanted.equals(actual)) {
                fields(name, wanted, actual);
            }
        }
    }

    private void fields(String typeName, UserType expected, UserType live) {
        Map<String, String> wanted = fieldMap(expected);
        Map<String, String> actual = fieldMap(live);
        boolean fieldsDiffer = false;
        for (String field : union(wanted.keySet(), actual.keySet())) {
            String name = typeName + "." + CqlText.identifier(field);
            if (!actual.containsKey(field)) {
                differences.missing(SchemaObject.FIELD, name, wanted.get(field), "ALTER TYPE "
                        + CqlText.qualified(keyspace, expected.name()) + " ADD " + CqlText.identifier(field) + " "
                        + wanted.get(field) + ";", null);
                fieldsDiffer = true;
            } else if (!wanted.containsKey(field)) {
                differences.extra(SchemaObject.FIELD, name, actual.get(field), null, "No CQL removes a field from a"
                        + " type. If the field is meant to stay, add it in a new script: ALTER TYPE "
                        + CqlText.qualified(keyspace, live.name()) + " ADD " + CqlText.identifier(field) + " "
                        + actual.get(field) + ";");
                fieldsDiffer = true;
            } else if (!wanted.get(field).equals(actual.get(field))) {
                differences.changed(SchemaObject.FIELD, name, wanted.get(field), actual.get(field), null,
                        "No CQL changes the type of a field: values already written were encoded with the live type.");
                fieldsDiffer = true;
            }
        }
        if (!fieldsDiffer) {
            differences.changed(SchemaObject.TYPE, typeName, SchemaWriter.createType(keyspace, expected),
                    SchemaWriter.createType(keyspace, live), null, "The fields are the same but in another order,"
                            + " which no CQL can change: values are stored field by field in the type's order.");
        }
    }

    private static Map<String, String> fieldMap(UserType type) {
        Map<String, String> fields = new TreeMap<>();
        type.fields().forEach(field -> fields.put(field.name(), field.type()));
        return fields;
    }

    private void functions(KeyspaceSchema expected, KeyspaceSchema live) {
        compareDefinitions(SchemaObject.FUNCTION, expected.functions(), live.functions(),
                function -> SchemaWriter.createFunction(keyspace, function, false),
                function -> SchemaWriter.createFunction(keyspace, function, true),
                signature -> "DROP FUNCTION " + CqlText.identifier(keyspace) + "." + signature + ";");
        compareDefinitions(SchemaObject.AGGREGATE, expected.aggregates(), live.aggregates(),
                aggregate -> SchemaWriter.createAggregate(keyspace, aggregate, false),
                aggregate -> SchemaWriter.createAggregate(keyspace, aggregate, true),
                signature -> "DROP AGGREGATE " + CqlText.identifier(keyspace) + "." + signature + ";");
    }

    private <T> void compareDefinitions(SchemaObject object, Map<String, T> expected, Map<String, T> live,
                                        Function<T, String> create, Function<T, String> replace,
                                        Function<String, String> drop) {
        for (String signature : union(expected.keySet(), live.keySet())) {
            T wanted = expected.get(signature);
            T actual = live.get(signature);
            String name = CqlText.identifier(keyspace) + "." + signature;
            if (actual == null) {
                differences.missing(object, name, create.apply(wanted), create.apply(wanted), null);
            } else if (wanted == null) {
                differences.extra(object, name, create.apply(actual), drop.apply(signature), null);
            } else if (!wanted.equals(actual)) {
                differences.changed(object, name, create.apply(wanted), create.apply(actual), replace.apply(wanted),
                        null);
            }
        }
    }

    private void tables(Map<String, TableSchema> expected, Map<String, TableSchema> live) {
        for (String table : union(expected.keySet(), live.keySet())) {
            TableSchema wanted = expected.get(table);
            TableSchema actual = live.get(table);
            if (actual == null) {
                String create = SchemaWriter.createTable(keyspace, wanted);
                StringBuilder fix = new StringBuilder(create);
                wanted.indexes().values().forEach(index -> fix.append('\n')
                        .append(SchemaWriter.createIndex(keyspace, table, index)));
                wanted.triggers().values().forEach(trigger -> fix.append('\n')
                        .append(SchemaWriter.createTrigger(keyspace, table, trigger)));
                differences.missing(SchemaObject.TABLE, name(table), create, fix.toString(), null);
            } else if (wanted == null) {
                differences.extra(SchemaObject.TABLE, name(table), SchemaWriter.createTable(keyspace, actual),
                        "DROP TABLE " + CqlText.qualified(keyspace, table) + ";", "Dropping the table deletes its"
                                + " data. If the table is meant to stay, create it in a new script instead (CREATE TABLE"
                                + " IF NOT EXISTS, as the fix above shows without DROP).");
            } else if (!wanted.equals(actual)) {
                new TableComparison(line, keyspace, differences).compare(wanted, actual);
            }
        }
    }

    private void views(Map<String, ViewSchema> expected, Map<String, ViewSchema> live) {
        for (String view : union(expected.keySet(), live.keySet())) {
            ViewSchema wanted = expected.get(view);
            ViewSchema actual = live.get(view);
            String drop = "DROP MATERIALIZED VIEW " + CqlText.qualified(keyspace, view) + ";";
            if (actual == null) {
                String create = SchemaWriter.createView(keyspace, wanted);
                differences.missing(SchemaObject.VIEW, name(view), create, create, null);
            } else if (wanted == null) {
                differences.extra(SchemaObject.VIEW, name(view), SchemaWriter.createView(keyspace, actual), drop, null);
            } else if (!sameDefinition(wanted, actual)) {
                differences.changed(SchemaObject.VIEW, name(view), SchemaWriter.createView(keyspace, wanted),
                        SchemaWriter.createView(keyspace, actual), drop + "\n" + SchemaWriter.createView(keyspace, wanted),
                        "No CQL alters a view's columns, key or filter: it is dropped and created again, and the"
                                + " server then rebuilds it from the base table.");
            } else {
                new TableComparison(line, keyspace, differences).options(view, true, wanted.options(),
                        actual.options());
            }
        }
    }

    private static boolean sameDefinition(ViewSchema expected, ViewSchema live) {
        return expected.baseTable().equals(live.baseTable()) && expected.whereClause().equals(live.whereClause())
                && expected.includeAllColumns() == live.includeAllColumns() && expected.columns().equals(live.columns());
    }

    private String name(String object) {
        return CqlText.qualified(keyspace, object);
    }

    static Set<String> union(Set<String> first, Set<String> second) {
        Set<String> union = new TreeSet<>(first);
        union.addAll(second);
        return union;
    }
}
