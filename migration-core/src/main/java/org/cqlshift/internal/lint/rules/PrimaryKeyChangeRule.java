package org.cqlshift.internal.lint.rules;

import java.util.List;
import java.util.Optional;
import org.cqlshift.api.lint.Severity;
import org.cqlshift.internal.ddl.Ddl;
import org.cqlshift.internal.ddl.Token;
import org.cqlshift.internal.lint.Findings;
import org.cqlshift.internal.lint.KnownSchema;
import org.cqlshift.internal.lint.KnownTable;
import org.cqlshift.internal.lint.LintContext;
import org.cqlshift.internal.lint.LintStatement;
import org.cqlshift.internal.schema.TableComparison;

/**
 * A change of a table's primary key or clustering order, which no ALTER can make: dropping a key column, ALTER ...
 * WITH CLUSTERING ORDER, CREATE TABLE IF NOT EXISTS of an existing table with another key (which does nothing), or a
 * table dropped and created again with another key (which loses its rows).
 */
public final class PrimaryKeyChangeRule extends BaseRule {

    public PrimaryKeyChangeRule() {
        super("primary-key-change", Severity.ERROR, "a primary key or clustering order change");
    }

    @Override
    public void check(LintStatement statement, KnownSchema schema, LintContext context, Findings findings) {
        if (statement.ddl() instanceof Ddl.AlterTable alter && alter.alteration() instanceof Ddl.DropColumns drop) {
            Optional<KnownTable> table = Statements.table(schema, alter.name(), context);
            for (Token column : drop.columns()) {
                if (table.flatMap(known -> known.column(column.name())).filter(known -> known.kind().isPrimaryKey())
                        .isPresent()) {
                    findings.add(this, column, column.text() + " is part of the primary key of "
                            + alter.name().written() + ", and Cassandra refuses to drop it.", recipe());
                }
            }
        } else if (statement.ddl() instanceof Ddl.CreateTable create) {
            created(create, schema, context, findings);
        } else if (statement.ddl() instanceof Ddl.Other && alteredKey(statement.tokens()).isPresent()) {
            findings.add(this, alteredKey(statement.tokens()).get(), "No ALTER TABLE changes a table's primary key or"
                    + " clustering order; the server refuses this statement.", recipe());
        }
    }

    private void created(Ddl.CreateTable create, KnownSchema schema, LintContext context, Findings findings) {
        String wanted = Keys.of(create);
        Optional<KnownTable> existing = Statements.table(schema, create.name(), context);
        if (create.ifNotExists() && existing.isPresent() && !existing.get().keyDescription().equals(wanted)) {
            findings.add(this, create.name().name(), create.name().written() + " exists with primary key "
                    + existing.get().keyDescription() + ", so CREATE TABLE IF NOT EXISTS with key " + wanted
                    + " does nothing: the key stays as it is.", recipe());
            return;
        }
        Optional<KnownTable> dropped = schema.droppedTable(create.name(), context.keyspace());
        if (existing.isEmpty() && dropped.isPresent() && !dropped.get().keyDescription().equals(wanted)) {
            findings.add(this, create.name().name(), create.name().written() + " was dropped above and is created"
                    + " again with primary key " + wanted + " instead of " + dropped.get().keyDescription()
                    + ": its rows are gone, not moved to the new key.", recipe());
        }
    }

    /** The CLUSTERING or PRIMARY of an ALTER TABLE that tries to change them. */
    private static Optional<Token> alteredKey(List<Token> tokens) {
        if (tokens.size() < 2 || !tokens.get(0).is("ALTER") || !tokens.get(1).is("TABLE")) {
            return Optional.empty();
        }
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (tokens.get(i).is("CLUSTERING") && tokens.get(i + 1).is("ORDER")
                    || tokens.get(i).is("PRIMARY") && tokens.get(i + 1).is("KEY")) {
                return Optional.of(tokens.get(i));
            }
        }
        return Optional.empty();
    }

    private static String recipe() {
        return TableComparison.COPY_TABLE_RECIPE;
    }
}
