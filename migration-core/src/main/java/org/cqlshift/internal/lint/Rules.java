package org.cqlshift.internal.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cqlshift.api.lint.LintRule;
import org.cqlshift.internal.lint.rules.AllowFilteringRule;
import org.cqlshift.internal.lint.rules.ClassNotInTargetRule;
import org.cqlshift.internal.lint.rules.ColumnTypeChangeRule;
import org.cqlshift.internal.lint.rules.CompactionChangeRule;
import org.cqlshift.internal.lint.rules.DropColumnRule;
import org.cqlshift.internal.lint.rules.DropKeyspaceRule;
import org.cqlshift.internal.lint.rules.DropTableRule;
import org.cqlshift.internal.lint.rules.FeatureNotInTargetRule;
import org.cqlshift.internal.lint.rules.GcGraceLoweredRule;
import org.cqlshift.internal.lint.rules.GcGraceZeroRule;
import org.cqlshift.internal.lint.rules.IfNotExistsDiffersRule;
import org.cqlshift.internal.lint.rules.InvalidAllowRule;
import org.cqlshift.internal.lint.rules.MaterializedViewRule;
import org.cqlshift.internal.lint.rules.OptionNotInTargetRule;
import org.cqlshift.internal.lint.rules.PrimaryKeyChangeRule;
import org.cqlshift.internal.lint.rules.QuotedIdentifierRule;
import org.cqlshift.internal.lint.rules.ReaddDroppedColumnRule;
import org.cqlshift.internal.lint.rules.ReaddDroppedColumnTypeRule;
import org.cqlshift.internal.lint.rules.ReplicationChangeRule;
import org.cqlshift.internal.lint.rules.SasiIndexRule;
import org.cqlshift.internal.lint.rules.SecondaryIndexRule;
import org.cqlshift.internal.lint.rules.SimpleStrategyRule;
import org.cqlshift.internal.lint.rules.TableCountRule;
import org.cqlshift.internal.lint.rules.TruncateRule;
import org.cqlshift.internal.lint.rules.UnusedAllowRule;

/** Every lint rule, in the order of docs/lint.md. */
public final class Rules {

    private static final List<Rule> SCHEMA_RULES = List.of(
            new ReaddDroppedColumnTypeRule(),
            new ReaddDroppedColumnRule(),
            new PrimaryKeyChangeRule(),
            new ColumnTypeChangeRule(),
            new DropTableRule(),
            new DropKeyspaceRule(),
            new DropColumnRule(),
            new TruncateRule(),
            new MaterializedViewRule(),
            new SasiIndexRule(),
            new SecondaryIndexRule(),
            new AllowFilteringRule(),
            new SimpleStrategyRule(),
            new ReplicationChangeRule(),
            new GcGraceZeroRule(),
            new GcGraceLoweredRule(),
            new CompactionChangeRule(),
            new TableCountRule(),
            new QuotedIdentifierRule(),
            new IfNotExistsDiffersRule(),
            new OptionNotInTargetRule(),
            new ClassNotInTargetRule(),
            new FeatureNotInTargetRule());
    static final UnusedAllowRule UNUSED_ALLOW = new UnusedAllowRule();
    private static final List<Rule> ALL = all();

    private Rules() {
    }

    private static List<Rule> all() {
        Set<String> ids = Stream.concat(SCHEMA_RULES.stream(), Stream.of(UNUSED_ALLOW)).map(Rule::id)
                .collect(Collectors.toSet());
        List<Rule> all = new ArrayList<>(SCHEMA_RULES);
        InvalidAllowRule invalidAllow = new InvalidAllowRule(ids);
        all.add(invalidAllow);
        all.add(UNUSED_ALLOW);
        return List.copyOf(all);
    }

    /** The rules the linter runs, each once per statement. */
    static List<Rule> all(boolean connected) {
        return ALL.stream().filter(rule -> connected || !rule.description().needsLiveSchema()).toList();
    }

    /** Every rule's description, for documentation and help. */
    public static List<LintRule> descriptions() {
        return ALL.stream().map(Rule::description).toList();
    }

    public static Optional<LintRule> byId(String id) {
        return descriptions().stream().filter(rule -> rule.id().equals(id)).findFirst();
    }
}
