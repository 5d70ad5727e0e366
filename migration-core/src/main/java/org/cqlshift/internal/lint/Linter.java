package org.cqlshift.internal.lint;

import com.datastax.oss.driver.api.core.CqlSession;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cqlshift.api.lint.AllowedFinding;
import org.cqlshift.api.lint.LintFinding;
import org.cqlshift.api.lint.LintResult;
import org.cqlshift.api.lint.LintRule;
import org.cqlshift.internal.cql.CqlStatement;
import org.cqlshift.internal.cql.RepeatableScriptName;
import org.cqlshift.internal.cql.MigrationScript;
import org.cqlshift.internal.cql.Placeholders;
import org.cqlshift.internal.ddl.DdlReader;
import org.cqlshift.internal.ddl.Token;
import org.cqlshift.internal.ddl.Tokenizer;
import org.cqlshift.internal.migration.AppliedHistory;
import org.cqlshift.internal.schema.CassandraLine;
import org.cqlshift.internal.schema.SchemaReader;
import org.cqlshift.internal.session.Keyspaces;

/**
 * {@code lint}: the pending scripts, statement by statement, against the schema they will apply to. With a
 * connection that is the live keyspace (its dropped columns included) and the cluster's release; without one it is
 * the schema the earlier scripts build, and the rules that need the cluster are skipped.
 */
public final class Linter {

    private final LintContext context;
    private final Placeholders placeholders;
    private final KnownSchema schema;
    private final List<LintFinding> findings = new ArrayList<>();
    private final List<AllowedFinding> allowed = new ArrayList<>();

    private Linter(LintContext context, Placeholders placeholders, KnownSchema schema) {
        this.context = context;
        this.placeholders = placeholders;
        this.schema = schema;
    }

    /**
     * What migrate would run next on the session's cluster.
     *
     * @param keyspace the keyspace as the settings name it
     * @param target   the release the scripts will run on; by default the cluster's own
     */
    public static LintResult lintPending(CqlSession session, String keyspace, List<MigrationScript> scripts,
                                         Placeholders placeholders, Optional<CassandraLine> target) {
        return lintBeforeRun(session, keyspace, AppliedHistory.read(session, keyspace, scripts).pending(),
                placeholders, target);
    }

    /**
     * The scripts migrate is about to run, weighed against the history already, on the session's cluster.
     *
     * @param keyspace the keyspace as the settings name it
     * @param pending  the scripts in the order they will run, each from the statement it starts at
     * @param target   the release the scripts will run on; by default the cluster's own
     */
    public static LintResult lintBeforeRun(CqlSession session, String keyspace, List<AppliedHistory.Pending> pending,
                                           Placeholders placeholders, Optional<CassandraLine> target) {
        String name = Keyspaces.internalName(keyspace);
        String release = SchemaReader.releaseVersion(session);
        CassandraLine line = target.orElse(CassandraLine.of(release));
        KnownSchema start = new SchemaReader(session, CassandraLine.of(release)).read(name).map(KnownSchema::of)
                .orElseGet(KnownSchema::empty);
        return lint(List.of(), pending, start, ClusterFacts.read(session, name, line), placeholders,
                count(pending.size(), "pending script") + " of keyspace " + name + " against Cassandra " + line.label());
    }

    /**
     * Without a connection: every script is read in version order, to know the schema each builds on, and those
     * from {@code fromVersion} on are checked.
     *
     * @param keyspace the keyspace as the settings name it, for names the scripts do not qualify
     */
    public static LintResult lintOffline(List<MigrationScript> scripts, Placeholders placeholders, String keyspace,
                                         CassandraLine target, int fromVersion) {
        List<AppliedHistory.Pending> all = AppliedHistory.none(scripts).pending();
        List<AppliedHistory.Pending> before = all.stream().takeWhile(script -> script.script().version() < fromVersion
                && !RepeatableScriptName.matches(script.script().fileName())).toList();
        List<AppliedHistory.Pending> checked = all.subList(before.size(), all.size());
        return lint(before, checked, KnownSchema.empty(), LintContext.offline(Keyspaces.internalName(keyspace), target),
                placeholders, count(checked.size(), "script") + " against Cassandra " + target.label()
                        + ", without a connection");
    }

    /**
     * The core, with every input explicit.
     *
     * @param before      scripts that are read, not checked: they build the schema the others apply to
     * @param checked     scripts that are checked, in the order they will run
     * @param start       the schema before all of them
     * @param description what was checked, as {@link LintResult#checked()} says it
     */
    public static LintResult lint(List<AppliedHistory.Pending> before, List<AppliedHistory.Pending> checked,
                                  KnownSchema start, LintContext context, Placeholders placeholders,
                                  String description) {
        Linter linter = new Linter(context, placeholders, start);
        before.forEach(script -> linter.lint(script, false));
        checked.forEach(script -> linter.lint(script, true));
        return linter.result(description);
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private void lint(AppliedHistory.Pending pending, boolean report) {
        MigrationScript script = pending.script();
        Placeholders forScript = placeholders.forScript(script);
        List<String> lines = script.content().lines().toList();
        for (int i = 0; i < pending.statements().size(); i++) {
            CqlStatement statement = pending.statements().get(i);
            // An undefined placeholder is reported at its position, as migrate reports it.
            forScript.resolve(script.source(), statement);
            List<Token> tokens = Tokenizer.tokenize(statement, forScript);
            if (tokens.isEmpty()) {
                continue;
            }
            LintStatement lintStatement = new LintStatement(script.source(), script.version(),
                    pending.firstStatement() + i, statement.line(), statement.column(), tokens, DdlReader.read(tokens),
                    Allowances.before(lines, statement.line()));
            if (report) {
                check(lintStatement);
            }
            schema.apply(lintStatement.ddl(), context.keyspace());
        }
    }

    private void check(LintStatement statement) {
        Findings found = new Findings();
        List<Rule> rules = Rules.all(context.connected());
        for (Rule rule : rules) {
            rule.check(statement, schema, context, found);
        }
        Set<String> used = new HashSet<>();
        for (Findings.Found finding : found.list()) {
            LintFinding lintFinding = finding(statement, finding.rule(), finding.line(), finding.column(),
                    finding.message(), finding.fix());
            Optional<Allowances.Allowance> allowance = statement.allowances().stream()
                    .filter(candidate -> candidate.ruleId().equals(finding.rule().id()) && !candidate.reason().isBlank())
                    .findFirst();
            if (allowance.isPresent()) {
                allowed.add(new AllowedFinding(lintFinding, allowance.get().reason()));
                used.add(finding.rule().id());
            } else {
                findings.add(lintFinding);
            }
        }
        Set<String> runIds = new HashSet<>();
        rules.forEach(rule -> runIds.add(rule.id()));
        for (Allowances.Allowance allowance : statement.allowances()) {
            if (runIds.contains(allowance.ruleId()) && !used.contains(allowance.ruleId())
                    && !allowance.reason().isBlank()) {
                findings.add(finding(statement, Rules.UNUSED_ALLOW.description(), allowance.line(),
                        allowance.column(), "The opt-out from " + allowance.ruleId() + " allows nothing: the rule finds"
                                + " nothing in the statement after it.", "Remove the line, or move it to the statement"
                                + " it is meant for."));
            }
        }
    }

    private static LintFinding finding(LintStatement statement, LintRule rule, int line, int column, String message,
                                       String fix) {
        return new LintFinding(rule.id(), rule.severity(), statement.source(), statement.version(), statement.number(),
                line, column, message, fix);
    }

    private LintResult result(String checked) {
        List<String> skipped = Rules.descriptions().stream()
                .filter(rule -> !context.connected() && rule.needsLiveSchema()).map(LintRule::id).toList();
        return new LintResult(checked, findings, allowed, skipped);
    }
}
