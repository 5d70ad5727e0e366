package org.cqlshift.internal.lint.rules;

import java.util.Map;
import org.cqlshift.api.lint.Severity;
import org.cqlshift.internal.ddl.CqlText;
import org.cqlshift.internal.ddl.Ddl;
import org.cqlshift.internal.lint.Findings;
import org.cqlshift.internal.lint.KnownSchema;
import org.cqlshift.internal.lint.LintContext;
import org.cqlshift.internal.lint.LintStatement;

/** {@code ALTER KEYSPACE ... replication}: new replicas hold nothing until a repair. */
public final class ReplicationChangeRule extends BaseRule {

    public ReplicationChangeRule() {
        super("replication-change", Severity.WARNING, "a replication change needs a repair");
    }

    @Override
    public void check(LintStatement statement, KnownSchema schema, LintContext context, Findings findings) {
        if (!(statement.ddl() instanceof Ddl.AlterKeyspace alter)) {
            return;
        }
        Statements.replication(alter).ifPresent(replication -> {
            Map<String, String> wanted = CqlText.withShortClass(replication.entries());
            Map<String, String> current = schema.keyspace(alter.name().name())
                    .map(KnownSchema.Keyspace::replication).orElse(Map.of());
            if (wanted.equals(current)) {
                return;
            }
            findings.add(this, replication.at(), "Changing the replication of " + alter.name().text()
                            + (current.isEmpty() ? "" : " from " + CqlText.map(current)) + " to " + CqlText.map(wanted)
                            + " changes which nodes own which data; a new replica serves reads before it holds the"
                            + " data.",
                    "After the migration run a full repair of the keyspace on every node (nodetool repair --full "
                            + alter.name().text() + "), and nodetool cleanup after lowering a factor. Raise a factor"
                            + " by one at a time, repairing in between, and read at QUORUM meanwhile.");
        });
    }
}
