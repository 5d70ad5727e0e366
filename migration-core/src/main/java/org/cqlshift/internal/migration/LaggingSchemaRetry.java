package org.cqlshift.internal.migration;

import com.datastax.oss.driver.api.core.CqlIdentifier;
import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.DriverException;
import com.datastax.oss.driver.api.core.cql.ResultSet;
import com.datastax.oss.driver.api.core.cql.SimpleStatement;
import com.datastax.oss.driver.api.core.metadata.Node;
import com.datastax.oss.driver.api.core.metadata.NodeState;
import com.datastax.oss.driver.api.core.servererrors.InvalidQueryException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cqlshift.api.Reporter;
import org.cqlshift.internal.retry.Backoff;

/**
 * Runs a script's statement, and runs it again while a node refuses it for a table or keyspace that the cluster
 * has. Agreement after a schema change is judged from the schema versions the control node holds for its peers,
 * which gossip brings and which can be ahead of what a node has applied: a statement that node coordinates in that
 * moment is refused with {@code table ... does not exist}, although the change was answered and agreed. Such a
 * refusal is retried within the schema agreement timeout; a table that no node lists fails at once, as before.
 */
final class LaggingSchemaRetry {

    /**
     * The refusals of Cassandra 4 to 6: {@code table t does not exist} (writes and reads), {@code Table 'ks.t'
     * doesn't exist} (ALTER TABLE), and of Cassandra 3: {@code unconfigured table t}.
     */
    private static final Pattern MISSING = Pattern.compile("(?i)^\\s*(?:(table|keyspace) '?([^'\\s]+?)'?"
            + " (?:does not|doesn't) exist|unconfigured (table) ([^\\s]+))\\s*\\.?$");
    private static final int NODES_ASKED = 3;
    private static final Backoff RETRIES = Backoff.doubling(Duration.ofMillis(50), Duration.ofMillis(800));

    /** A table or keyspace a refusal names, in the server's spelling. */
    record Missing(String keyspace, String table) {

        boolean isKeyspace() {
            return table == null;
        }

        String describe() {
            return isKeyspace() ? "keyspace " + keyspace : "table " + keyspace + "." + table;
        }
    }

    private final CqlSession session;
    private final Duration timeout;
    private final Reporter reporter;

    LaggingSchemaRetry(CqlSession session, Duration timeout, Reporter reporter) {
        this.session = session;
        this.timeout = timeout;
        this.reporter = reporter;
    }

    /**
     * @param keyspace the keyspace the statement runs in, for a refusal that names a table alone; null for none
     * @throws DriverException the last refusal, when it names nothing the cluster has or the timeout passed
     */
    ResultSet execute(SimpleStatement statement, String keyspace) {
        Backoff.Deadline deadline = null;
        while (true) {
            try {
                return session.execute(statement);
            } catch (InvalidQueryException refusal) {
                Optional<Missing> missing = missing(refusal.getMessage(), keyspace);
                if (missing.isEmpty() || refusal.getCoordinator() == null
                        || !clusterHas(missing.get(), refusal.getCoordinator())) {
                    throw refusal;
                }
                if (deadline == null) {
                    deadline = RETRIES.until(timeout);
                }
                if (!deadline.pauseUnlessInterrupted()) {
                    throw refusal;
                }
            }
        }
    }

    /** What a refusal says is missing, when it says that a table or keyspace does not exist. */
    static Optional<Missing> missing(String message, String keyspace) {
        Matcher matcher = MISSING.matcher(String.valueOf(message));
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String kind = matcher.group(1) != null ? matcher.group(1) : matcher.group(3);
        String name = matcher.group(2) != null ? matcher.group(2) : matcher.group(4);
        if (kind.equalsIgnoreCase("keyspace")) {
            return Optional.of(new Missing(name, null));
        }
        int dot = name.indexOf('.');
        if (dot > 0) {
            return Optional.of(new Missing(name.substring(0, dot), name.substring(dot + 1)));
        }
        return keyspace == null ? Optional.empty()
                : Optional.of(new Missing(CqlIdentifier.fromCql(keyspace).asInternal(), name));
    }

    /**
     * Whether another node than the refusing one lists it: then the refusing node only lags behind the change. A few
     * nodes that are up are asked, each about its own schema, so that a table no node has costs little.
     */
    private boolean clusterHas(Missing missing, Node refusing) {
        SimpleStatement query = missing.isKeyspace()
                ? SimpleStatement.newInstance("SELECT keyspace_name FROM system_schema.keyspaces WHERE keyspace_name = ?",
                missing.keyspace())
                : SimpleStatement.newInstance("SELECT table_name FROM system_schema.tables WHERE keyspace_name = ?"
                + " AND table_name = ?", missing.keyspace(), missing.table());
        List<Node> others = session.getMetadata().getNodes().values().stream()
                .filter(node -> node.getState() == NodeState.UP && !node.equals(refusing)).limit(NODES_ASKED).toList();
        for (Node node : others) {
            try {
                if (session.execute(query.setNode(node)).one() != null) {
                    reporter.debug("Node " + refusing.getEndPoint() + " refused a statement for " + missing.describe()
                            + ", which node " + node.getEndPoint() + " lists: it has not applied the schema change"
                            + " yet, and the statement runs again.");
                    return true;
                }
            } catch (DriverException unanswered) {
                // Another node may answer.
            }
        }
        return false;
    }
}
