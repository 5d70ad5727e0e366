package org.cqlshift.internal.lint;

import java.util.Collections;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import org.cqlshift.internal.schema.CassandraLine;

/**
 * What lint knows of the cluster the scripts will run on.
 *
 * @param keyspace       the keyspace unqualified names mean, as Cassandra stores its name
 * @param target         the release line the scripts will run on
 * @param datacenters    the cluster's datacenters, kept sorted so that messages name them in one order; empty
 *                       without a connection
 * @param userTables     the tables and views of all user keyspaces; empty without a connection
 * @param tableThreshold the table count to warn near: the cluster's {@code tables_warn_threshold} guardrail, else
 *                       {@link ClusterFacts#DEFAULT_TABLE_THRESHOLD}
 * @param connected      whether the facts and the schema come from a live cluster
 */
public record LintContext(String keyspace, CassandraLine target, Set<String> datacenters, OptionalInt userTables,
                          int tableThreshold, boolean connected) {

    public LintContext {
        Objects.requireNonNull(keyspace, "keyspace");
        Objects.requireNonNull(target, "target");
        datacenters = Collections.unmodifiableSortedSet(new TreeSet<>(datacenters));
        Objects.requireNonNull(userTables, "userTables");
    }

    /** Without a connection: only the scripts and the target release are known. */
    public static LintContext offline(String keyspace, CassandraLine target) {
        return new LintContext(keyspace, target, Set.of(), OptionalInt.empty(), ClusterFacts.DEFAULT_TABLE_THRESHOLD,
                false);
    }
}
