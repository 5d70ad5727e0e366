package org.cqlshift.internal.lint.rules;

import java.util.stream.Collectors;
import org.cqlshift.api.config.Setting;
import org.cqlshift.api.lint.Severity;
import org.cqlshift.internal.ddl.CqlText;
import org.cqlshift.internal.ddl.Ddl;
import org.cqlshift.internal.lint.Findings;
import org.cqlshift.internal.lint.KnownSchema;
import org.cqlshift.internal.lint.LintContext;
import org.cqlshift.internal.lint.LintStatement;

/** {@code SimpleStrategy} on a cluster of several datacenters. */
public final class SimpleStrategyRule extends BaseRule {

    public SimpleStrategyRule() {
        super("simple-strategy-multi-dc", Severity.ERROR, "SimpleStrategy on a cluster with several datacenters", true);
    }

    @Override
    public void check(LintStatement statement, KnownSchema schema, LintContext context, Findings findings) {
        if (context.datacenters().size() < 2) {
            return;
        }
        Statements.replication(statement.ddl())
                .filter(replication -> "SimpleStrategy".equals(CqlText.className(replication.entries()
                        .getOrDefault("class", ""))))
                .ifPresent(replication -> {
                    String factor = replication.entries().getOrDefault("replication_factor", "3");
                    findings.add(this, replication.at(), "SimpleStrategy places replicas around the ring without"
                                    + " regard to datacenters, and this cluster has " + context.datacenters().size()
                                    + " (" + String.join(", ", context.datacenters()) + "): LOCAL_QUORUM and"
                                    + " LOCAL_ONE then fail or read across datacenters.",
                            "Use NetworkTopologyStrategy with a factor per datacenter: {'class':"
                                    + " 'NetworkTopologyStrategy', " + context.datacenters().stream()
                                    .map(dc -> "'" + dc + "': " + factor).collect(Collectors.joining(", ")) + "}"
                                    + (statement.ddl() instanceof Ddl.CreateKeyspace
                                    ? " (for ${replication}: " + Setting.REPLICATION.flag() + " NetworkTopologyStrategy:"
                                    + String.join(",", context.datacenters().stream().map(dc -> dc + "=" + factor)
                                    .toList()) + ")" : ""));
                });
    }
}
