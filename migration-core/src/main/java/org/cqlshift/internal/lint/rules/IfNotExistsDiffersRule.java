package org.cqlshift.internal.lint.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.cqlshift.api.lint.Severity;
import org.cqlshift.internal.ddl.CqlText;
import org.cqlshift.internal.ddl.Ddl;
import org.cqlshift.internal.ddl.DdlReader;
import org.cqlshift.internal.lint.Findings;
import org.cqlshift.internal.lint.KnownSchema;
import org.cqlshift.internal.lint.KnownTable;
import org.cqlshift.internal.lint.LintContext;
import org.cqlshift.internal.lint.LintStatement;
import org.cqlshift.internal.schema.UserType;

/**
 * CREATE ... IF NOT EXISTS of an object that exists with another definition: the statement does nothing, and the
 * scripts no longer say what the schema is. A table's other key is left to {@code primary-key-change}.
 */
public final class IfNotExistsDiffersRule extends BaseRule {

    public IfNotExistsDiffersRule() {
        super("if-not-exists-differs", Severity.WARNING, "CREATE ... IF NOT EXISTS of an object defined otherwise");
    }

    @Override
    public void check(LintStatement statement, KnownSchema schema, LintContext context, Findings findings) {
        List<String> differences = new ArrayList<>();
        org.cqlshift.internal.ddl.Token at = null;
        String what = null;
        if (statement.ddl() instanceof Ddl.CreateTable create && create.ifNotExists()) {
            KnownTable table = Statements.table(schema, create.name(), context).orElse(null);
            if (table != null && table.keyDescription().equals(Keys.of(create))) {
                columns(create, table, differences);
                at = create.name().name();
                what = "Table " + create.name().written();
            }
        } else if (statement.ddl() instanceof Ddl.CreateType create && create.ifNotExists()) {
            List<UserType.Field> fields = schema.keyspace(create.name().keyspaceOr(context.keyspace()))
                    .map(keyspace -> keyspace.types().get(create.name().name().name())).orElse(null);
            List<UserType.Field> wanted = create.fields().stream()
                    .map(field -> new UserType.Field(field.name().name(), field.type().text())).toList();
            if (fields != null && !fields.equals(wanted)) {
                differences.add("its fields are " + fields.stream().map(field -> field.name() + " " + field.type())
                        .toList());
                at = create.name().name();
                what = "Type " + create.name().written();
            }
        } else if (statement.ddl() instanceof Ddl.CreateKeyspace create && create.ifNotExists()) {
            Map<String, String> current = schema.keyspace(create.name().name()).map(KnownSchema.Keyspace::replication)
                    .orElse(Map.of());
            Map<String, String> wanted = DdlReader.option(create.options(), "replication")
                    .map(replication -> CqlText.withShortClass(replication.entries())).orElse(Map.of());
            if (!current.isEmpty() && !wanted.isEmpty() && !current.equals(wanted)) {
                differences.add("its replication is " + CqlText.map(current));
                at = create.name();
                what = "Keyspace " + create.name().text();
            }
        }
        if (!differences.isEmpty()) {
            findings.add(this, at, what + " exists, and differs from this statement: " + String.join("; ", differences)
                            + ". IF NOT EXISTS makes the statement do nothing, so the scripts stop saying what the"
                            + " schema is.",
                    "Change the existing object with ALTER in a new script, or make this statement match it.");
        }
    }

    private static void columns(Ddl.CreateTable create, KnownTable table, List<String> differences) {
        for (Ddl.ColumnDef column : create.columns()) {
            KnownTable.Column existing = table.column(column.name().name()).orElse(null);
            if (existing == null) {
                differences.add("it has no column " + column.name().text());
            } else if (!Objects.equals(existing.type(), column.type().text())) {
                differences.add("its column " + column.name().text() + " is " + existing.type());
            }
        }
        List<String> declared = create.columns().stream().map(column -> column.name().name()).toList();
        table.columns().keySet().stream().filter(name -> !declared.contains(name))
                .forEach(name -> differences.add("it has a column " + name + " that the statement lacks"));
    }
}
