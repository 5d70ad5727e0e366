package org.cqlshift.internal.lint;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.cqlshift.internal.ddl.CqlText;
import org.cqlshift.internal.ddl.Ddl;
import org.cqlshift.internal.ddl.DdlReader;
import org.cqlshift.internal.ddl.Token;
import org.cqlshift.internal.schema.ColumnKind;
import org.cqlshift.internal.schema.ColumnSchema;
import org.cqlshift.internal.schema.KeyspaceSchema;
import org.cqlshift.internal.schema.TableSchema;
import org.cqlshift.internal.schema.UserType;
import org.cqlshift.internal.schema.ViewSchema;

/**
 * The schema as lint knows it at one statement: the live keyspace's, if there is a connection, changed by each
 * statement read before. It follows what the rules need: keyspaces' replication, tables' columns, dropped columns
 * and options, user types, and the tables a run dropped.
 */
public final class KnownSchema {

    /** A keyspace: its replication (class by simple name), tables and views, user types' fields. */
    public static final class Keyspace {
        private Map<String, String> replication = Map.of();
        private final Map<String, KnownTable> tables = new TreeMap<>();
        private final Map<String, List<UserType.Field>> types = new TreeMap<>();

        public Map<String, String> replication() {
            return replication;
        }

        public Map<String, KnownTable> tables() {
            return tables;
        }

        public Map<String, List<UserType.Field>> types() {
            return types;
        }
    }

    private final Map<String, Keyspace> keyspaces = new HashMap<>();
    /** Tables dropped by the statements read so far, as they were: a table created again may change its key. */
    private final Map<String, KnownTable> droppedTables = new HashMap<>();
    private int tablesAdded;

    public static KnownSchema empty() {
        return new KnownSchema();
    }

    /** The live keyspace's schema as the starting point. */
    public static KnownSchema of(KeyspaceSchema live) {
        KnownSchema schema = new KnownSchema();
        Keyspace keyspace = schema.keyspaces.computeIfAbsent(live.name(), name -> new Keyspace());
        keyspace.replication = Map.copyOf(live.replication());
        live.types().values().forEach(type -> keyspace.types.put(type.name(), type.fields()));
        for (TableSchema table : live.tables().values()) {
            KnownTable known = new KnownTable(table.name(), false);
            table.columns().forEach(column -> put(known, column));
            table.droppedColumns().forEach(dropped -> known.dropped().put(dropped.name(), dropped.type()));
            known.options().putAll(table.options());
            keyspace.tables.put(table.name(), known);
        }
        for (ViewSchema view : live.views().values()) {
            KnownTable known = new KnownTable(view.name(), true);
            view.columns().forEach(column -> put(known, column));
            known.options().putAll(view.options());
            keyspace.tables.put(view.name(), known);
        }
        return schema;
    }

    private static void put(KnownTable table, ColumnSchema column) {
        table.columns().put(column.name(), new KnownTable.Column(column.name(), column.type(), column.kind(),
                column.position(), column.isDescending()));
    }

    public Optional<Keyspace> keyspace(String name) {
        return Optional.ofNullable(keyspaces.get(name));
    }

    public Optional<KnownTable> table(Ddl.QualifiedName name, String defaultKeyspace) {
        return keyspace(name.keyspaceOr(defaultKeyspace)).map(keyspace -> keyspace.tables.get(name.name().name()));
    }

    /** The table as it was when a statement before dropped it. */
    public Optional<KnownTable> droppedTable(Ddl.QualifiedName name, String defaultKeyspace) {
        return Optional.ofNullable(droppedTables.get(name.keyspaceOr(defaultKeyspace) + "." + name.name().name()));
    }

    /** Tables and views created minus those dropped by the statements read so far. */
    public int tablesAdded() {
        return tablesAdded;
    }

    /** Every name the schema knows, as Cassandra stores them: keyspaces, tables, columns, types, fields. */
    public Set<String> names() {
        Set<String> names = new TreeSet<>(keyspaces.keySet());
        for (Keyspace keyspace : keyspaces.values()) {
            for (KnownTable table : keyspace.tables.values()) {
                names.add(table.name());
                names.addAll(table.columns().keySet());
            }
            keyspace.types.forEach((type, fields) -> {
                names.add(type);
                fields.forEach(field -> names.add(field.name()));
            });
        }
        return names;
    }

    /** Applies what a statement does to the schema, as the server would if it succeeds. */
    public void apply(Ddl ddl, String defaultKeyspace) {
        if (ddl instanceof Ddl.CreateKeyspace create) {
            if (!keyspaces.containsKey(create.name().name())) {
                Keyspace keyspace = keyspaces.computeIfAbsent(create.name().name(), name -> new Keyspace());
                DdlReader.option(create.options(), "replication")
                        .ifPresent(replication -> keyspace.replication = CqlText.withShortClass(replication.entries()));
            }
        } else if (ddl instanceof Ddl.AlterKeyspace alter) {
            Keyspace keyspace = keyspaces.computeIfAbsent(alter.name().name(), name -> new Keyspace());
            DdlReader.option(alter.options(), "replication")
                    .ifPresent(replication -> keyspace.replication = CqlText.withShortClass(replication.entries()));
        } else if (ddl instanceof Ddl.DropKeyspace drop) {
            Keyspace removed = keyspaces.remove(drop.name().name());
            if (removed != null) {
                tablesAdded -= removed.tables.size();
            }
        } else if (ddl instanceof Ddl.CreateTable create) {
            createTable(create, defaultKeyspace);
        } else if (ddl instanceof Ddl.AlterTable alter) {
            Map<String, List<UserType.Field>> types = keyspace(alter.name().keyspaceOr(defaultKeyspace))
                    .map(Keyspace::types).orElse(Map.of());
            table(alter.name(), defaultKeyspace).ifPresent(table -> alterTable(table, alter.alteration(), types));
        } else if (ddl instanceof Ddl.DropTable drop) {
            dropTable(drop.name(), defaultKeyspace);
        } else if (ddl instanceof Ddl.CreateView create) {
            createView(create, defaultKeyspace);
        } else if (ddl instanceof Ddl.AlterView alter) {
            table(alter.name(), defaultKeyspace).ifPresent(view -> view.options().putAll(DdlReader.literals(alter.options())));
        } else if (ddl instanceof Ddl.DropView drop) {
            dropTable(drop.name(), defaultKeyspace);
        } else if (ddl instanceof Ddl.CreateType create) {
            Keyspace keyspace = keyspaceOf(create.name(), defaultKeyspace);
            keyspace.types.putIfAbsent(create.name().name().name(), create.fields().stream()
                    .map(field -> new UserType.Field(field.name().name(), field.type().text())).toList());
        } else if (ddl instanceof Ddl.AlterType alter) {
            alterType(alter, defaultKeyspace);
        } else if (ddl instanceof Ddl.DropType drop) {
            keyspace(drop.name().keyspaceOr(defaultKeyspace)).ifPresent(k -> k.types.remove(drop.name().name().name()));
        }
    }

    private Keyspace keyspaceOf(Ddl.QualifiedName name, String defaultKeyspace) {
        return keyspaces.computeIfAbsent(name.keyspaceOr(defaultKeyspace), key -> new Keyspace());
    }

    private void createTable(Ddl.CreateTable create, String defaultKeyspace) {
        Keyspace keyspace = keyspaceOf(create.name(), defaultKeyspace);
        String name = create.name().name().name();
        if (keyspace.tables.containsKey(name)) {
            return;
        }
        KnownTable table = new KnownTable(name, false);
        Map<String, Boolean> descending = new HashMap<>();
        create.clusteringOrder().forEach(order -> descending.put(order.column().name(), order.descending()));
        Map<String, Ddl.ColumnDef> definitions = new LinkedHashMap<>();
        create.columns().forEach(column -> definitions.put(column.name().name(), column));
        addKey(table, create.key(), definitions, descending);
        for (Ddl.ColumnDef column : create.columns()) {
            table.columns().putIfAbsent(column.name().name(), new KnownTable.Column(column.name().name(),
                    column.type().text(), column.isStatic() ? ColumnKind.STATIC : ColumnKind.REGULAR, -1, false));
        }
        table.options().putAll(DdlReader.literals(create.options()));
        keyspace.tables.put(name, table);
        tablesAdded++;
    }

    private static void addKey(KnownTable table, Ddl.PrimaryKey key, Map<String, Ddl.ColumnDef> definitions,
                               Map<String, Boolean> descending) {
        for (int i = 0; i < key.partition().size(); i++) {
            String column = key.partition().get(i).name();
            table.columns().put(column, new KnownTable.Column(column, type(definitions, column),
                    ColumnKind.PARTITION_KEY, i, false));
        }
        for (int i = 0; i < key.clustering().size(); i++) {
            String column = key.clustering().get(i).name();
            table.columns().put(column, new KnownTable.Column(column, type(definitions, column), ColumnKind.CLUSTERING,
                    i, descending.getOrDefault(column, false)));
        }
    }

    private static String type(Map<String, Ddl.ColumnDef> definitions, String column) {
        Ddl.ColumnDef definition = definitions.get(column);
        return definition == null ? "" : definition.type().text();
    }

    private void alterTable(KnownTable table, Ddl.Alteration alteration, Map<String, List<UserType.Field>> types) {
        if (alteration instanceof Ddl.AddColumns add) {
            add.columns().forEach(column -> table.columns().put(column.name().name(), new KnownTable.Column(
                    column.name().name(), column.type().text(), column.isStatic() ? ColumnKind.STATIC
                    : ColumnKind.REGULAR, -1, false)));
        } else if (alteration instanceof Ddl.DropColumns drop) {
            for (Token column : drop.columns()) {
                KnownTable.Column removed = table.columns().remove(column.name());
                if (removed != null) {
                    table.dropped().put(removed.name(), DroppedTypes.recorded(removed.type(), types));
                }
            }
        } else if (alteration instanceof Ddl.RenameColumns rename) {
            for (int i = 0; i < rename.from().size(); i++) {
                KnownTable.Column column = table.columns().remove(rename.from().get(i).name());
                if (column != null) {
                    String to = rename.to().get(i).name();
                    table.columns().put(to, new KnownTable.Column(to, column.type(), column.kind(), column.position(),
                            column.descending()));
                }
            }
        } else if (alteration instanceof Ddl.SetOptions set) {
            table.options().putAll(DdlReader.literals(set.options()));
        }
    }

    private void dropTable(Ddl.QualifiedName name, String defaultKeyspace) {
        String keyspace = name.keyspaceOr(defaultKeyspace);
        keyspace(keyspace).map(k -> k.tables.remove(name.name().name())).ifPresent(table -> {
            droppedTables.put(keyspace + "." + table.name(), table);
            tablesAdded--;
        });
    }

    private void createView(Ddl.CreateView create, String defaultKeyspace) {
        Keyspace keyspace = keyspaceOf(create.name(), defaultKeyspace);
        String name = create.name().name().name();
        if (keyspace.tables.containsKey(name)) {
            return;
        }
        KnownTable view = new KnownTable(name, true);
        Map<String, Boolean> descending = new HashMap<>();
        create.clusteringOrder().forEach(order -> descending.put(order.column().name(), order.descending()));
        Map<String, Ddl.ColumnDef> none = Map.of();
        addKey(view, create.key(), none, descending);
        view.options().putAll(DdlReader.literals(create.options()));
        keyspace.tables.put(name, view);
        tablesAdded++;
    }

    private void alterType(Ddl.AlterType alter, String defaultKeyspace) {
        keyspace(alter.name().keyspaceOr(defaultKeyspace)).ifPresent(keyspace -> {
            String name = alter.name().name().name();
            List<UserType.Field> fields = keyspace.types.get(name);
            if (fields == null) {
                return;
            }
            List<UserType.Field> changed = new java.util.ArrayList<>(fields);
            alter.added().ifPresent(field -> changed.add(new UserType.Field(field.name().name(), field.type().text())));
            for (int i = 0; i < alter.renamedFrom().size(); i++) {
                String from = alter.renamedFrom().get(i).name();
                String to = alter.renamedTo().get(i).name();
                changed.replaceAll(field -> field.name().equals(from) ? new UserType.Field(to, field.type()) : field);
            }
            keyspace.types.put(name, List.copyOf(changed));
        });
    }

    /** Whether a name is one Cassandra keeps in mixed case, so CQL must quote it. */
    public static boolean isQuotedName(String name) {
        return !name.toLowerCase(Locale.ROOT).equals(name);
    }
}
