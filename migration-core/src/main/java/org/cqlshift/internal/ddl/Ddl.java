package org.cqlshift.internal.ddl;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link DdlReader} makes of a statement: the schema statements in the detail the schema model and the lint
 * rules need, every name a {@link Token} that knows its position. Anything else, DML included, is {@link Other}.
 */
public sealed interface Ddl {

    /** A possibly keyspace-qualified name; {@code keyspace} is null when the statement does not name one. */
    record QualifiedName(Token keyspace, Token name) {
        public QualifiedName {
            Objects.requireNonNull(name, "name");
        }

        /** The keyspace as Cassandra stores its name, or the given one when the statement names none. */
        public String keyspaceOr(String defaultKeyspace) {
            return keyspace == null ? defaultKeyspace : keyspace.name();
        }

        /** As written, for messages: {@code app.users}, {@code "Orders"}. */
        public String written() {
            return (keyspace == null ? "" : keyspace.text() + ".") + name.text();
        }
    }

    /**
     * A type as the schema tables write it: lower case, {@code varchar} as {@code text}, {@code map<text, int>},
     * user types unqualified (and quoted where written so).
     *
     * @param userTypes the user types it refers to, by stored name
     */
    record TypeRef(String text, List<String> userTypes, Token at) {
        public TypeRef {
            userTypes = List.copyOf(userTypes);
        }
    }

    /**
     * A literal of an option: a string, a number, a word ({@code true}), or a map of them.
     *
     * @param value   a string without quotes, a number or a word as written
     * @param entries the entries of a map, every value as a string (Cassandra stores option maps as text)
     */
    record Literal(Kind kind, String value, Map<String, String> entries, Token at) {
        public enum Kind { STRING, NUMBER, WORD, MAP }

        public Literal {
            entries = entries == null ? Map.of() : Map.copyOf(entries);
        }

        /** As a CQL literal in the spelling of the schema model: {@code 'text'}, {@code 3600}, {@code {'a': 'b'}}. */
        public String cql() {
            return switch (kind) {
                case STRING -> CqlText.string(value);
                case MAP -> CqlText.map(CqlText.withShortClass(entries));
                case WORD -> value.toLowerCase(java.util.Locale.ROOT);
                case NUMBER -> value;
            };
        }
    }

    /** {@code name = literal} in a WITH clause. */
    record Option(Token name, Literal value) {
        public String key() {
            return name.value().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * A column in CREATE TABLE or ALTER TABLE ADD.
     *
     * @param mask       {@code MASKED WITH ...} as written after MASKED WITH
     * @param constraint {@code CHECK ...} as written
     */
    record ColumnDef(Token name, TypeRef type, boolean isStatic, boolean primaryKey, Optional<String> mask,
                     Optional<String> constraint) {
    }

    /** {@code PRIMARY KEY ((a, b), c)}; the partition key has at least one column. */
    record PrimaryKey(List<Token> partition, List<Token> clustering) {
        public PrimaryKey {
            partition = List.copyOf(partition);
            clustering = List.copyOf(clustering);
        }
    }

    /** One column of {@code CLUSTERING ORDER BY (...)}. */
    record Order(Token column, boolean descending) {
    }

    record CreateKeyspace(Token name, boolean ifNotExists, List<Option> options) implements Ddl {
    }

    record AlterKeyspace(Token name, List<Option> options) implements Ddl {
    }

    record DropKeyspace(Token name, boolean ifExists) implements Ddl {
    }

    record CreateTable(QualifiedName name, boolean ifNotExists, List<ColumnDef> columns, PrimaryKey key,
                       List<Option> options, List<Order> clusteringOrder, boolean compactStorage) implements Ddl {
    }

    /** ALTER TABLE, with what it does. */
    record AlterTable(QualifiedName name, Alteration alteration) implements Ddl {
    }

    sealed interface Alteration {
    }

    record AddColumns(List<ColumnDef> columns) implements Alteration {
    }

    record DropColumns(List<Token> columns) implements Alteration {
    }

    /** {@code ALTER c TYPE t}, which Cassandra refuses since 3.0.11. */
    record AlterColumnType(Token column, TypeRef type) implements Alteration {
    }

    record RenameColumns(List<Token> from, List<Token> to) implements Alteration {
    }

    record SetOptions(List<Option> options) implements Alteration {
    }

    /** Masking changes, DROP COMPACT STORAGE and what this reader does not follow. */
    record OtherAlteration(Token at) implements Alteration {
    }

    record DropTable(QualifiedName name, boolean ifExists) implements Ddl {
    }

    record Truncate(QualifiedName name) implements Ddl {
    }

    /**
     * CREATE INDEX.
     *
     * @param target     as the schema tables write it: {@code email}, {@code values(tags)}
     * @param using      the class after USING, if given
     * @param indexOptions the map of {@code WITH OPTIONS = {...}}
     */
    record CreateIndex(Optional<Token> name, QualifiedName table, boolean custom, boolean ifNotExists, String target,
                       Token targetColumn, Optional<Literal> using, Map<String, String> indexOptions) implements Ddl {
    }

    record DropIndex(QualifiedName name, boolean ifExists) implements Ddl {
    }

    record Field(Token name, TypeRef type) {
    }

    record CreateType(QualifiedName name, boolean ifNotExists, List<Field> fields) implements Ddl {
    }

    /** ALTER TYPE; {@code added} is set for ADD, {@code renamed} pairs for RENAME, {@code altered} for ALTER TYPE. */
    record AlterType(QualifiedName name, Optional<Field> added, List<Token> renamedFrom, List<Token> renamedTo,
                     Optional<Field> altered) implements Ddl {
    }

    record DropType(QualifiedName name, boolean ifExists) implements Ddl {
    }

    /** @param selected the selected columns; empty for {@code SELECT *} */
    record CreateView(QualifiedName name, boolean ifNotExists, QualifiedName base, List<Token> selected,
                      PrimaryKey key, List<Option> options, List<Order> clusteringOrder) implements Ddl {
    }

    record AlterView(QualifiedName name, List<Option> options) implements Ddl {
    }

    record DropView(QualifiedName name, boolean ifExists) implements Ddl {
    }

    record CreateFunction(QualifiedName name, boolean orReplace, Optional<Token> language) implements Ddl {
    }

    record CreateAggregate(QualifiedName name, boolean orReplace) implements Ddl {
    }

    record DropFunction(QualifiedName name, boolean aggregate) implements Ddl {
    }

    record CreateTrigger(Token name, QualifiedName table, Literal className) implements Ddl {
    }

    record DropTrigger(Token name, QualifiedName table) implements Ddl {
    }

    /** DML, transactions, batches, and schema statements this reader does not follow. */
    record Other() implements Ddl {
    }
}
