package org.cqlshift.internal.migration;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.DriverException;
import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import com.datastax.oss.driver.api.core.cql.ResultSet;
import com.datastax.oss.driver.api.core.cql.Row;
import com.datastax.oss.driver.api.core.cql.SimpleStatement;
import com.datastax.oss.driver.api.core.metadata.Node;
import com.datastax.oss.driver.api.core.metadata.NodeState;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;
import org.cqlshift.api.config.Setting;
import org.cqlshift.api.migration.MigrationException;
import org.cqlshift.internal.session.ClusterVersions;
import org.cqlshift.internal.retry.Backoff;

/**
 * Confirms that all nodes agree on the schema after a schema change. With schema metadata disabled the
 * driver reports agreement without checking, so the check is asked for explicitly; it polls the nodes'
 * schema versions for up to the configured timeout.
 *
 * <p>On Cassandra 6, schema changes are entries of the transactional cluster metadata log (CEP-21), and a node's
 * {@code schema_version} is the epoch of the last schema change it applied ({@code 00000000-0000-0000-0000-000000000008}
 * at epoch 8). Agreement there means every live node has reached the epoch of the change; a node already past it
 * (a later change by someone else) agrees too, where the driver's check, which wants equal versions, would wait.
 */
final class SchemaAgreement {

    private static final Backoff POLLING = Backoff.fixed(Duration.ofMillis(20));

    private final CqlSession session;
    private final Duration timeout;

    SchemaAgreement(CqlSession session, Duration timeout) {
        this.session = session;
        this.timeout = timeout;
    }

    /** With the session's own timeout, which is the one in force: the driver configuration file may have set it. */
    static SchemaAgreement of(CqlSession session) {
        return new SchemaAgreement(session, session.getContext().getConfig().getDefaultProfile()
                .getDuration(DefaultDriverOption.CONTROL_CONNECTION_AGREEMENT_TIMEOUT));
    }

    boolean reached(ResultSet result) {
        if (ClusterVersions.hasCassandra6(session)) {
            OptionalLong changeEpoch = schemaEpoch(result.getExecutionInfo().getCoordinator());
            if (changeEpoch.isPresent()) {
                return everyLiveNodeReached(changeEpoch.getAsLong());
            }
        }
        return result.getExecutionInfo().isSchemaInAgreement() && session.checkSchemaAgreement();
    }

    void require(ResultSet result, String after) {
        if (!reached(result)) {
            throw new MigrationException(notReached(after), suggestion());
        }
    }

    String notReached(String after) {
        return "The nodes did not agree on the schema within " + timeout.toSeconds() + " s after " + after + ".";
    }

    String suggestion() {
        return "Check that every node is up and reachable (nodetool describecluster shows one schema version),"
                + " or allow more time with " + Setting.SCHEMA_AGREEMENT_TIMEOUT.flag() + " / "
                + Setting.SCHEMA_AGREEMENT_TIMEOUT.environmentVariable() + "; then run migrate again.";
    }

    private boolean everyLiveNodeReached(long epoch) {
        Backoff.Deadline deadline = POLLING.until(timeout);
        while (true) {
            List<Node> behind = session.getMetadata().getNodes().values().stream()
                    .filter(node -> node.getState() == NodeState.UP)
                    .filter(node -> schemaEpoch(node).orElse(Long.MIN_VALUE) < epoch)
                    .toList();
            if (behind.isEmpty()) {
                return true;
            }
            try {
                if (!deadline.pause()) {
                    return false;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }

    /** The epoch of the last schema change the node applied, when its schema version is an epoch. */
    private OptionalLong schemaEpoch(Node node) {
        if (node == null) {
            return OptionalLong.empty();
        }
        Row row;
        try {
            row = session.execute(SimpleStatement.newInstance("SELECT schema_version FROM system.local").setNode(node))
                    .one();
        } catch (DriverException unreachable) {
            // A node that does not answer has not shown it reached the epoch; the next poll asks again.
            return OptionalLong.empty();
        }
        UUID version = row == null ? null : row.getUuid(0);
        return version != null && version.getMostSignificantBits() == 0
                ? OptionalLong.of(version.getLeastSignificantBits()) : OptionalLong.empty();
    }
}
