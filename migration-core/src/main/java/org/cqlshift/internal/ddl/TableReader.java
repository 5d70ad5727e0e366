package org.cqlshift.internal.ddl;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The table-shaped statements for {@link DdlReader}: tables, their indexes and materialized views. */
final class TableReader {

    private TableReader() {
    }

    static Ddl createTable(Cursor cursor) {
        boolean ifNotExists = cursor.ifNotExists();
        Ddl.QualifiedName name = cursor.qualifiedName();
        cursor.expectSymbol('(');
        List<Ddl.ColumnDef> columns = new ArrayList<>();
        Ddl.PrimaryKey key = null;
        do {
            if (cursor.accept("PRIMARY", "KEY")) {
                key = primaryKey(cursor);
            } else {
                columns.add(column(cursor));
            }
        } while (cursor.acceptSymbol(','));
        cursor.expectSymbol(')');
        if (key == null) {
            List<Ddl.ColumnDef> keyColumns = columns.stream().filter(Ddl.ColumnDef::primaryKey).toList();
            if (keyColumns.size() != 1) {
                throw new Cursor.NotUnderstood();
            }
            key = new Ddl.PrimaryKey(List.of(keyColumns.get(0).name()), List.of());
        }
        List<Ddl.Option> options = new ArrayList<>();
        List<Ddl.Order> order = new ArrayList<>();
        boolean compact = tableOptions(cursor, options, order);
        return new Ddl.CreateTable(name, ifNotExists, columns, key, options, order, compact);
    }

    /** A WITH clause of CREATE TABLE or CREATE MATERIALIZED VIEW; returns whether it says COMPACT STORAGE. */
    private static boolean tableOptions(Cursor cursor, List<Ddl.Option> options, List<Ddl.Order> order) {
        boolean compact = false;
        if (cursor.accept("WITH")) {
            do {
                if (cursor.accept("CLUSTERING", "ORDER", "BY")) {
                    cursor.expectSymbol('(');
                    do {
                        Token column = cursor.name();
                        boolean descending = cursor.accept("DESC");
                        if (!descending) {
                            cursor.accept("ASC");
                        }
                        order.add(new Ddl.Order(column, descending));
                    } while (cursor.acceptSymbol(','));
                    cursor.expectSymbol(')');
                } else if (cursor.accept("COMPACT", "STORAGE")) {
                    compact = true;
                } else {
                    options.add(cursor.option());
                }
            } while (cursor.accept("AND"));
        }
        return compact;
    }

    private static Ddl.ColumnDef column(Cursor cursor) {
        Token name = cursor.name();
        Ddl.TypeRef type = cursor.type();
        boolean isStatic = false;
        boolean primaryKey = false;
        Optional<String> mask = Optional.empty();
        Optional<String> constraint = Optional.empty();
        while (!cursor.atEnd() && !cursor.peek().isSymbol(',') && !cursor.peek().isSymbol(')')) {
            if (cursor.accept("STATIC")) {
                isStatic = true;
            } else if (cursor.accept("PRIMARY", "KEY")) {
                primaryKey = true;
            } else if (cursor.accept("MASKED", "WITH")) {
                mask = Optional.of(cursor.clauseText());
            } else if (cursor.peek().is("CHECK")) {
                constraint = Optional.of(cursor.clauseText());
            } else {
                throw new Cursor.NotUnderstood();
            }
        }
        return new Ddl.ColumnDef(name, type, isStatic, primaryKey, mask, constraint);
    }

    private static Ddl.PrimaryKey primaryKey(Cursor cursor) {
        cursor.expectSymbol('(');
        List<Token> partition = new ArrayList<>(cursor.names());
        List<Token> clustering = new ArrayList<>();
        while (cursor.acceptSymbol(',')) {
            clustering.add(cursor.name());
        }
        cursor.expectSymbol(')');
        return new Ddl.PrimaryKey(partition, clustering);
    }

    static Ddl alterTable(Cursor cursor) {
        cursor.ifExists();
        Ddl.QualifiedName name = cursor.qualifiedName();
        Token at = cursor.peek();
        if (cursor.accept("ADD")) {
            cursor.ifNotExists();
            List<Ddl.ColumnDef> columns = new ArrayList<>();
            boolean parenthesized = cursor.acceptSymbol('(');
            do {
                columns.add(column(cursor));
            } while (cursor.acceptSymbol(','));
            if (parenthesized) {
                cursor.expectSymbol(')');
            }
            return new Ddl.AlterTable(name, new Ddl.AddColumns(columns));
        }
        if (cursor.accept("DROP", "COMPACT", "STORAGE")) {
            return new Ddl.AlterTable(name, new Ddl.OtherAlteration(at));
        }
        if (cursor.accept("DROP")) {
            cursor.ifExists();
            List<Token> columns = new ArrayList<>(cursor.names());
            while (cursor.acceptSymbol(',')) {
                columns.add(cursor.name());
            }
            if (cursor.accept("USING", "TIMESTAMP")) {
                cursor.next();
            }
            return new Ddl.AlterTable(name, new Ddl.DropColumns(columns));
        }
        if (cursor.accept("ALTER")) {
            cursor.ifExists();
            Token column = cursor.name();
            if (cursor.accept("TYPE")) {
                return new Ddl.AlterTable(name, new Ddl.AlterColumnType(column, cursor.type()));
            }
            while (!cursor.atEnd()) {
                cursor.next();
            }
            return new Ddl.AlterTable(name, new Ddl.OtherAlteration(at));
        }
        if (cursor.accept("RENAME")) {
            DdlReader.Renames renames = DdlReader.renames(cursor);
            return new Ddl.AlterTable(name, new Ddl.RenameColumns(renames.from(), renames.to()));
        }
        if (cursor.peek() != null && cursor.peek().is("WITH")) {
            return new Ddl.AlterTable(name, new Ddl.SetOptions(DdlReader.withOptions(cursor)));
        }
        throw new Cursor.NotUnderstood();
    }

    static Ddl createIndex(Cursor cursor, boolean custom) {
        boolean ifNotExists = cursor.ifNotExists();
        Optional<Token> name = cursor.peek() != null && cursor.peek().is("ON") ? Optional.empty()
                : Optional.of(cursor.name());
        cursor.expect("ON");
        Ddl.QualifiedName table = cursor.qualifiedName();
        cursor.expectSymbol('(');
        Token first = cursor.name();
        String target;
        Token column;
        if (cursor.acceptSymbol('(')) {
            column = cursor.name();
            cursor.expectSymbol(')');
            target = Cursor.lower(first.value()) + "(" + CqlText.identifier(column.name()) + ")";
        } else {
            column = first;
            target = CqlText.identifier(column.name());
        }
        cursor.expectSymbol(')');
        Optional<Ddl.Literal> using = Optional.empty();
        Map<String, String> options = new LinkedHashMap<>();
        if (cursor.accept("USING")) {
            using = Optional.of(cursor.literal());
        }
        if (cursor.accept("WITH", "OPTIONS")) {
            cursor.expectSymbol('=');
            options.putAll(cursor.literal().entries());
        }
        return new Ddl.CreateIndex(name, table, custom, ifNotExists, target, column, using, options);
    }

    static Ddl createView(Cursor cursor) {
        boolean ifNotExists = cursor.ifNotExists();
        Ddl.QualifiedName name = cursor.qualifiedName();
        cursor.expect("AS");
        cursor.expect("SELECT");
        List<Token> selected = new ArrayList<>();
        if (!cursor.acceptSymbol('*')) {
            do {
                selected.add(cursor.name());
            } while (cursor.acceptSymbol(','));
        }
        cursor.expect("FROM");
        Ddl.QualifiedName base = cursor.qualifiedName();
        if (!cursor.skipTo("PRIMARY", "KEY")) {
            throw new Cursor.NotUnderstood();
        }
        cursor.accept("PRIMARY", "KEY");
        Ddl.PrimaryKey key = primaryKey(cursor);
        List<Ddl.Option> options = new ArrayList<>();
        List<Ddl.Order> order = new ArrayList<>();
        tableOptions(cursor, options, order);
        return new Ddl.CreateView(name, ifNotExists, base, selected, key, options, order);
    }
}
