package org.cqlshift.internal.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.cqlshift.api.lint.LintFinding;
import org.cqlshift.api.lint.LintResult;
import org.cqlshift.internal.cql.MigrationScript;
import org.cqlshift.internal.cql.Placeholders;
import org.cqlshift.internal.migration.AppliedHistory;
import org.cqlshift.internal.schema.CassandraLine;

/**
 * Lints scripts written in a test: the first ones stand for what is already applied (they build the known schema
 * and are not checked), the last one is checked.
 */
final class LintFixture {

    static final String KEYSPACE = "app";
    static final Placeholders PLACEHOLDERS = new Placeholders(Map.of("keyspace", KEYSPACE,
            "replication", "{'class': 'SimpleStrategy', 'replication_factor': 1}"));

    private final List<String> applied = new ArrayList<>();
    private CassandraLine target = CassandraLine.CASSANDRA_5_0;
    private Set<String> datacenters = Set.of();
    private OptionalInt userTables = OptionalInt.empty();
    private boolean connected;

    /** A script the checked one builds on. */
    LintFixture applied(String script) {
        applied.add(script);
        return this;
    }

    LintFixture target(CassandraLine line) {
        this.target = line;
        return this;
    }

    /** As with a connection to a cluster of these datacenters and this many tables. */
    LintFixture cluster(Set<String> clusterDatacenters, int tables) {
        this.datacenters = clusterDatacenters;
        this.userTables = OptionalInt.of(tables);
        this.connected = true;
        return this;
    }

    LintResult lint(String checked) {
        List<MigrationScript> scripts = new ArrayList<>();
        for (String content : applied) {
            scripts.add(script(scripts.size() + 1, content));
        }
        scripts.add(script(scripts.size() + 1, checked));
        List<AppliedHistory.Pending> pending = AppliedHistory.none(scripts).pending();
        LintContext context = new LintContext(KEYSPACE, target, datacenters, userTables,
                ClusterFacts.DEFAULT_TABLE_THRESHOLD, connected);
        return Linter.lint(pending.subList(0, pending.size() - 1), pending.subList(pending.size() - 1, pending.size()),
                KnownSchema.empty(), context, PLACEHOLDERS, "the test script");
    }

    /** The ids of the findings that count, in order. */
    List<String> ids(String checked) {
        return lint(checked).findings().stream().map(LintFinding::ruleId).toList();
    }

    private static MigrationScript script(int version, String content) {
        String name = version + "_test.cql";
        return new MigrationScript(version, "test", name, "migrations/" + name, content);
    }
}
