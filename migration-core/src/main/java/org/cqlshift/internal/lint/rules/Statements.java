package org.cqlshift.internal.lint.rules;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cqlshift.internal.ddl.CqlText;
import org.cqlshift.internal.ddl.Ddl;
import org.cqlshift.internal.ddl.DdlReader;
import org.cqlshift.internal.lint.KnownSchema;
import org.cqlshift.internal.lint.KnownTable;
import org.cqlshift.internal.lint.LintContext;
import org.cqlshift.internal.schema.CassandraLine;

/** What several rules ask of a statement or of the known schema. */
final class Statements {

    private static final Pattern CLASS = Pattern.compile("'class': '([^']*)'");

    private Statements() {
    }

    /** The table or view a statement sets options on, with the options; empty for other statements. */
    record OptionTarget(Ddl.QualifiedName name, List<Ddl.Option> options, boolean creates) {
    }

    static Optional<OptionTarget> optionTarget(Ddl ddl) {
        if (ddl instanceof Ddl.CreateTable create) {
            return Optional.of(new OptionTarget(create.name(), create.options(), true));
        }
        if (ddl instanceof Ddl.CreateView create) {
            return Optional.of(new OptionTarget(create.name(), create.options(), true));
        }
        if (ddl instanceof Ddl.AlterTable alter && alter.alteration() instanceof Ddl.SetOptions set) {
            return Optional.of(new OptionTarget(alter.name(), set.options(), false));
        }
        if (ddl instanceof Ddl.AlterView alter) {
            return Optional.of(new OptionTarget(alter.name(), alter.options(), false));
        }
        return Optional.empty();
    }

    /** The options an ALTER sets on a table or view that exists already. */
    static Optional<OptionTarget> alteredOptions(Ddl ddl) {
        return optionTarget(ddl).filter(found -> !found.creates());
    }

    /** The option's value as a table has it now: set, or the target's default. */
    static Optional<String> current(KnownTable table, String option, CassandraLine line) {
        String value = table.options().get(option);
        return value != null ? Optional.of(value) : line.tableDefault(option, table.options().get("compaction"));
    }

    /** The simple class name in a map literal such as {@code {'class': 'LeveledCompactionStrategy'}}. */
    static Optional<String> className(String mapLiteral) {
        Matcher matcher = CLASS.matcher(mapLiteral);
        return matcher.find() ? Optional.of(CqlText.className(matcher.group(1))) : Optional.empty();
    }

    /** The keyspace statement's replication class by simple name, and the option it is in. */
    static Optional<Ddl.Literal> replication(Ddl ddl) {
        if (ddl instanceof Ddl.CreateKeyspace create) {
            return DdlReader.option(create.options(), "replication");
        }
        if (ddl instanceof Ddl.AlterKeyspace alter) {
            return DdlReader.option(alter.options(), "replication");
        }
        return Optional.empty();
    }

    static Optional<KnownTable> table(KnownSchema schema, Ddl.QualifiedName name, LintContext context) {
        return schema.table(name, context.keyspace());
    }
}
