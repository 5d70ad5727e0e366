package org.cqlshift.internal.ddl;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads schema statements from their tokens, statically, well enough for the schema model and the lint rules. It is
 * not a validator: what it does not follow (a syntax error, DML, a statement of a later release) is
 * {@link Ddl.Other}, and the server has the last word.
 */
public final class DdlReader {

    private DdlReader() {
    }

    public static Ddl read(List<Token> tokens) {
        Cursor cursor = new Cursor(tokens);
        try {
            Ddl statement = statement(cursor);
            return cursor.atEnd() ? statement : new Ddl.Other();
        } catch (Cursor.NotUnderstood e) {
            return new Ddl.Other();
        }
    }

    private static Ddl statement(Cursor cursor) {
        if (cursor.accept("CREATE")) {
            return create(cursor);
        }
        if (cursor.accept("ALTER")) {
            return alter(cursor);
        }
        if (cursor.accept("DROP")) {
            return drop(cursor);
        }
        if (cursor.accept("TRUNCATE")) {
            if (!cursor.accept("TABLE")) {
                cursor.accept("COLUMNFAMILY");
            }
            return new Ddl.Truncate(cursor.qualifiedName());
        }
        throw new Cursor.NotUnderstood();
    }

    private static Ddl create(Cursor cursor) {
        boolean orReplace = cursor.accept("OR", "REPLACE");
        if (cursor.accept("KEYSPACE")) {
            boolean ifNotExists = cursor.ifNotExists();
            return new Ddl.CreateKeyspace(cursor.name(), ifNotExists, withOptions(cursor));
        }
        if (cursor.accept("TABLE") || cursor.accept("COLUMNFAMILY")) {
            return TableReader.createTable(cursor);
        }
        if (cursor.accept("CUSTOM", "INDEX")) {
            return TableReader.createIndex(cursor, true);
        }
        if (cursor.accept("INDEX")) {
            return TableReader.createIndex(cursor, false);
        }
        if (cursor.accept("TYPE")) {
            boolean ifNotExists = cursor.ifNotExists();
            Ddl.QualifiedName name = cursor.qualifiedName();
            cursor.expectSymbol('(');
            List<Ddl.Field> fields = new ArrayList<>();
            do {
                fields.add(new Ddl.Field(cursor.name(), cursor.type()));
            } while (cursor.acceptSymbol(','));
            cursor.expectSymbol(')');
            return new Ddl.CreateType(name, ifNotExists, fields);
        }
        if (cursor.accept("MATERIALIZED", "VIEW")) {
            return TableReader.createView(cursor);
        }
        if (cursor.accept("FUNCTION")) {
            cursor.ifNotExists();
            Ddl.QualifiedName name = cursor.qualifiedName();
            Optional<Token> language = Optional.empty();
            while (!cursor.atEnd()) {
                if (cursor.accept("LANGUAGE")) {
                    language = Optional.of(cursor.name());
                } else {
                    cursor.next();
                }
            }
            return new Ddl.CreateFunction(name, orReplace, language);
        }
        if (cursor.accept("AGGREGATE")) {
            cursor.ifNotExists();
            Ddl.QualifiedName name = cursor.qualifiedName();
            while (!cursor.atEnd()) {
                cursor.next();
            }
            return new Ddl.CreateAggregate(name, orReplace);
        }
        if (cursor.accept("TRIGGER")) {
            cursor.ifNotExists();
            Token name = cursor.name();
            cursor.expect("ON");
            Ddl.QualifiedName table = cursor.qualifiedName();
            cursor.expect("USING");
            return new Ddl.CreateTrigger(name, table, cursor.literal());
        }
        throw new Cursor.NotUnderstood();
    }

    private static Ddl alter(Cursor cursor) {
        if (cursor.accept("KEYSPACE")) {
            cursor.ifExists();
            return new Ddl.AlterKeyspace(cursor.name(), withOptions(cursor));
        }
        if (cursor.accept("TABLE") || cursor.accept("COLUMNFAMILY")) {
            return TableReader.alterTable(cursor);
        }
        if (cursor.accept("MATERIALIZED", "VIEW")) {
            cursor.ifExists();
            return new Ddl.AlterView(cursor.qualifiedName(), withOptions(cursor));
        }
        if (cursor.accept("TYPE")) {
            cursor.ifExists();
            Ddl.QualifiedName name = cursor.qualifiedName();
            if (cursor.accept("ADD")) {
                cursor.ifNotExists();
                return new Ddl.AlterType(name, Optional.of(new Ddl.Field(cursor.name(), cursor.type())), List.of(),
                        List.of(), Optional.empty());
            }
            if (cursor.accept("RENAME")) {
                Renames renames = renames(cursor);
                return new Ddl.AlterType(name, Optional.empty(), renames.from(), renames.to(), Optional.empty());
            }
            if (cursor.accept("ALTER")) {
                Token field = cursor.name();
                cursor.expect("TYPE");
                return new Ddl.AlterType(name, Optional.empty(), List.of(), List.of(),
                        Optional.of(new Ddl.Field(field, cursor.type())));
            }
        }
        throw new Cursor.NotUnderstood();
    }

    private static Ddl drop(Cursor cursor) {
        if (cursor.accept("KEYSPACE")) {
            boolean ifExists = cursor.ifExists();
            return new Ddl.DropKeyspace(cursor.name(), ifExists);
        }
        if (cursor.accept("TABLE") || cursor.accept("COLUMNFAMILY")) {
            boolean ifExists = cursor.ifExists();
            return new Ddl.DropTable(cursor.qualifiedName(), ifExists);
        }
        if (cursor.accept("INDEX")) {
            boolean ifExists = cursor.ifExists();
            return new Ddl.DropIndex(cursor.qualifiedName(), ifExists);
        }
        if (cursor.accept("TYPE")) {
            boolean ifExists = cursor.ifExists();
            return new Ddl.DropType(cursor.qualifiedName(), ifExists);
        }
        if (cursor.accept("MATERIALIZED", "VIEW")) {
            boolean ifExists = cursor.ifExists();
            return new Ddl.DropView(cursor.qualifiedName(), ifExists);
        }
        boolean aggregate = cursor.accept("AGGREGATE");
        if (aggregate || cursor.accept("FUNCTION")) {
            cursor.ifExists();
            Ddl.QualifiedName name = cursor.qualifiedName();
            while (!cursor.atEnd()) {
                cursor.next();
            }
            return new Ddl.DropFunction(name, aggregate);
        }
        if (cursor.accept("TRIGGER")) {
            cursor.ifExists();
            Token name = cursor.name();
            cursor.expect("ON");
            return new Ddl.DropTrigger(name, cursor.qualifiedName());
        }
        throw new Cursor.NotUnderstood();
    }

    /** What a RENAME renames, pair by pair: {@code [IF EXISTS] a TO b [AND c TO d ...]}. */
    record Renames(List<Token> from, List<Token> to) {
    }

    static Renames renames(Cursor cursor) {
        cursor.ifExists();
        List<Token> from = new ArrayList<>();
        List<Token> to = new ArrayList<>();
        do {
            from.add(cursor.name());
            cursor.expect("TO");
            to.add(cursor.name());
        } while (cursor.accept("AND"));
        return new Renames(from, to);
    }

    /** {@code WITH a = 1 AND b = {...}}, or nothing. */
    static List<Ddl.Option> withOptions(Cursor cursor) {
        List<Ddl.Option> options = new ArrayList<>();
        if (cursor.accept("WITH")) {
            do {
                options.add(cursor.option());
            } while (cursor.accept("AND"));
        }
        return options;
    }

    /** The value of an option of a WITH clause, by name. */
    public static Optional<Ddl.Literal> option(List<Ddl.Option> options, String name) {
        return options.stream().filter(option -> option.key().equals(name)).map(Ddl.Option::value).findFirst();
    }

    /** The options of a WITH clause as the schema model writes them: name to CQL literal. */
    public static Map<String, String> literals(List<Ddl.Option> options) {
        Map<String, String> literals = new java.util.TreeMap<>();
        options.forEach(option -> literals.put(option.key(), option.value().cql()));
        return literals;
    }
}
