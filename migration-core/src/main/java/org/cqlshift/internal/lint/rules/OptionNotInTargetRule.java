package org.cqlshift.internal.lint.rules;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.cqlshift.api.lint.Severity;
import org.cqlshift.internal.EditDistance;
import org.cqlshift.internal.ddl.Ddl;
import org.cqlshift.internal.lint.Findings;
import org.cqlshift.internal.lint.KnownSchema;
import org.cqlshift.internal.lint.LintContext;
import org.cqlshift.internal.lint.LintStatement;
import org.cqlshift.internal.schema.CassandraLine;

/** A table or keyspace option the target release does not have: not yet, no longer, or misspelt. */
public final class OptionNotInTargetRule extends BaseRule {

    /** Options CREATE TABLE accepts that are no table parameter: the table id. */
    private static final Set<String> NOT_PARAMETERS = Set.of("id");
    private static final String FAST_PATH = "fast_path";

    public OptionNotInTargetRule() {
        super("option-not-in-target", Severity.ERROR, "an option the target Cassandra lacks or removed");
    }

    @Override
    public void check(LintStatement statement, KnownSchema schema, LintContext context, Findings findings) {
        CassandraLine target = context.target();
        Optional<Statements.OptionTarget> table = Statements.optionTarget(statement.ddl());
        if (table.isPresent()) {
            for (Ddl.Option option : table.get().options()) {
                String name = option.key();
                if (!NOT_PARAMETERS.contains(name) && !target.tableDefaults().containsKey(name)) {
                    findings.add(this, option.name(), problem(name, target), fix(name, target));
                }
            }
        }
        List<Ddl.Option> keyspaceOptions = statement.ddl() instanceof Ddl.CreateKeyspace create ? create.options()
                : statement.ddl() instanceof Ddl.AlterKeyspace alter ? alter.options() : List.of();
        for (Ddl.Option option : keyspaceOptions) {
            String name = option.key();
            boolean known = name.equals("replication") || name.equals("durable_writes")
                    || target.keyspaceDefaults().containsKey(name);
            if (!known) {
                findings.add(this, option.name(), FAST_PATH.equals(name)
                                ? "Keyspace option fast_path came with Cassandra 6.0; Cassandra " + target.label()
                                + " refuses it."
                                : "Keyspace option " + option.name().text() + " is unknown to Cassandra " + target.label()
                                + ": keyspaces take replication and durable_writes.",
                        "Remove the option" + (FAST_PATH.equals(name) ? ", or run the scripts on Cassandra 6.0." : "."));
            }
        }
    }

    private static String problem(String name, CassandraLine target) {
        Optional<String> removed = CassandraLine.removedIn(name);
        if (removed.isPresent()) {
            return "Table option " + name + " was removed in Cassandra " + removed.get() + "; Cassandra "
                    + target.label() + " refuses it as an unknown property.";
        }
        Optional<CassandraLine> since = CassandraLine.firstWithTableOption(name);
        if (since.isPresent()) {
            return "Table option " + name + " came with Cassandra " + since.get().label() + "; Cassandra "
                    + target.label() + " refuses it as an unknown property.";
        }
        return "No Cassandra release has a table option " + name + ".";
    }

    private static String fix(String name, CassandraLine target) {
        if (name.endsWith("read_repair_chance")) {
            return "Remove it: read repair chances are gone since 4.0; read_repair = 'BLOCKING' (the default) or"
                    + " 'NONE' chooses how reads repair.";
        }
        if (CassandraLine.removedIn(name).isPresent() || CassandraLine.firstWithTableOption(name).isPresent()) {
            return "Remove the option, or run the scripts on a Cassandra release that has it.";
        }
        return "Check the spelling" + closest(name, target.tableDefaults().keySet())
                .map(known -> ": did you mean " + known + "?").orElse(".");
    }

    /** The known name nearest to a misspelt one, when one is close. */
    static Optional<String> closest(String name, Set<String> known) {
        return new TreeSet<>(known).stream()
                .min(Comparator.comparingInt(candidate -> EditDistance.between(name, candidate)))
                .filter(candidate -> EditDistance.between(name, candidate) <= Math.max(2, name.length() / 4));
    }
}
