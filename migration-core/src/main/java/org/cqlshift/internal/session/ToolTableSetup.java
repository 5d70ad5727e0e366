package org.cqlshift.internal.session;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.DriverException;
import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import com.datastax.oss.driver.api.core.cql.ResultSet;
import com.datastax.oss.driver.api.core.cql.SimpleStatement;
import com.datastax.oss.driver.api.core.loadbalancing.NodeDistance;
import com.datastax.oss.driver.api.core.metadata.Node;
import com.datastax.oss.driver.api.core.metadata.NodeState;
import com.datastax.oss.driver.api.core.servererrors.InvalidQueryException;
import com.datastax.oss.driver.api.core.servererrors.ReadFailureException;
import com.datastax.oss.driver.api.core.servererrors.ServerError;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.cqlshift.internal.retry.Backoff;

/**
 * Creates the tool's own tables (migration and seed history) so that many runners starting together, say
 * a Deployment's init containers, can all do it at once.
 */
public final class ToolTableSetup {

    private static final Backoff BACKOFF = Backoff.fixed(Duration.ofMillis(50));

    private ToolTableSetup() {
    }

    /**
     * {@code CREATE TABLE IF NOT EXISTS} with a table id derived from the names: runners that race to
     * create it create the same table, instead of tables with different ids the cluster cannot reconcile.
     * On several nodes, a coordinator may not know a keyspace created just before through another node,
     * though the nodes already reported the same schema version: the statement is tried again until the
     * session's schema agreement timeout.
     */
    public static ResultSet createIfAbsent(CqlSession session, String keyspace, String table, String columns) {
        UUID id = UUID.nameUUIDFromBytes(("cqlshift:" + keyspace + "." + table).getBytes(StandardCharsets.UTF_8));
        String create = "CREATE TABLE IF NOT EXISTS " + keyspace + "." + table + " " + columns + " WITH ID = " + id;
        return retryWhileNotReady(session, () -> session.execute(create), ToolTableSetup::isUnknownKeyspace);
    }

    /**
     * Adds a column to one of the tool's tables that lacks it, as a table created by an older release does; empty
     * when it has it. A runner that adds it at the same moment makes this one's ALTER fail, which counts as added.
     */
    public static Optional<ResultSet> addColumnIfAbsent(CqlSession session, String keyspace, String table,
                                                        String column, String type) {
        boolean present = session.execute(SimpleStatement.newInstance("SELECT column_name FROM system_schema.columns"
                        + " WHERE keyspace_name = ? AND table_name = ? AND column_name = ?",
                Keyspaces.internalName(keyspace), table, column)).one() != null;
        if (present) {
            return Optional.empty();
        }
        try {
            return Optional.of(session.execute("ALTER TABLE " + keyspace + "." + table + " ADD " + column + " " + type));
        } catch (InvalidQueryException e) {
            if (String.valueOf(e.getMessage()).contains("conflicts with an existing column")) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /**
     * Waits until the table, {@code keyspace.table} as CQL names it, answers queries from every node that is
     * up and that the driver sends requests to (those of the local datacenter, by default), for at most the
     * session's schema agreement timeout. The runner whose CREATE TABLE lost the race gets its answer while the winner's table
     * is still being set up, and on several nodes one may report the agreed schema version a moment before it
     * can use a table created just before: a write it coordinated then would fail.
     */
    public static void awaitUsable(CqlSession session, String qualifiedTable) {
        String probe = "SELECT * FROM " + qualifiedTable + " LIMIT 1";
        for (Node node : session.getMetadata().getNodes().values()) {
            if (node.getState() == NodeState.UP && node.getDistance() != NodeDistance.IGNORED) {
                // A replica that has not set the new table up yet fails the read.
                retryWhileNotReady(session, () -> session.execute(SimpleStatement.newInstance(probe).setNode(node)),
                        e -> isBeingCreated(e) || e instanceof ReadFailureException);
            }
        }
    }

    private static <T> T retryWhileNotReady(CqlSession session, Supplier<T> action,
                                            Predicate<DriverException> notReadyYet) {
        Backoff.Deadline deadline = BACKOFF.until(session.getContext().getConfig().getDefaultProfile()
                .getDuration(DefaultDriverOption.CONTROL_CONNECTION_AGREEMENT_TIMEOUT));
        while (true) {
            try {
                return action.get();
            } catch (DriverException e) {
                if (!notReadyYet.test(e) || deadline.passed()) {
                    throw e;
                }
                pause(deadline);
            }
        }
    }

    /**
     * Whether a query failed because its table is listed in the schema but not usable yet. The node says
     * so in one of two ways, depending on how far the creation has got.
     */
    public static boolean isBeingCreated(DriverException e) {
        String message = String.valueOf(e.getMessage());
        return e instanceof InvalidQueryException && message.contains("does not exist")
                || e instanceof ServerError && message.contains("Unknown CF");
    }

    /** Whether a statement failed because its coordinator does not know the keyspace (yet). */
    private static boolean isUnknownKeyspace(DriverException e) {
        String message = String.valueOf(e.getMessage());
        return e instanceof InvalidQueryException && message.startsWith("Keyspace ")
                && (message.contains("doesn't exist") || message.contains("does not exist"));
    }

    private static void pause(Backoff.Deadline deadline) {
        try {
            deadline.pause();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for a table to be created", e);
        }
    }
}
