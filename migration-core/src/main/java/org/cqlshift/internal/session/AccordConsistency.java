package org.cqlshift.internal.session;

import com.datastax.oss.driver.api.core.ConsistencyLevel;
import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.DefaultConsistencyLevel;
import com.datastax.oss.driver.api.core.config.DefaultDriverOption;

/**
 * Consistency levels that Cassandra 6 accepts for tables {@code WITH transactional_mode = 'full'}. Accord refuses
 * the local levels ("ConsistencyLevel LOCAL_ONE is unsupported with Accord for write/commit, supported are [ANY,
 * ONE, QUORUM, ALL, SERIAL]"), the driver's default among them. On a cluster with a Cassandra 6 node, the tool's
 * writes and reads of user tables use the non-local level of the same strength instead, so that users need not know
 * which tables are transactional: on a single datacenter the two levels ask the same replicas.
 */
public final class AccordConsistency {

    private AccordConsistency() {
    }

    /** The level to use on this session's cluster instead of {@code level}. */
    public static ConsistencyLevel forCluster(CqlSession session, ConsistencyLevel level) {
        return ClusterVersions.hasCassandra6(session) ? nonLocal(level) : level;
    }

    /** The level for a statement that leaves its consistency to the session's default profile. */
    public static ConsistencyLevel sessionDefault(CqlSession session) {
        String configured = session.getContext().getConfig().getDefaultProfile()
                .getString(DefaultDriverOption.REQUEST_CONSISTENCY);
        return forCluster(session, DefaultConsistencyLevel.valueOf(configured));
    }

    /** The serial level for a statement that leaves it to the session's default profile. */
    public static ConsistencyLevel sessionDefaultSerial(CqlSession session) {
        String configured = session.getContext().getConfig().getDefaultProfile()
                .getString(DefaultDriverOption.REQUEST_SERIAL_CONSISTENCY);
        return forCluster(session, DefaultConsistencyLevel.valueOf(configured));
    }

    static ConsistencyLevel nonLocal(ConsistencyLevel level) {
        if (level == DefaultConsistencyLevel.LOCAL_ONE) {
            return DefaultConsistencyLevel.ONE;
        }
        if (level == DefaultConsistencyLevel.LOCAL_QUORUM || level == DefaultConsistencyLevel.EACH_QUORUM) {
            return DefaultConsistencyLevel.QUORUM;
        }
        if (level == DefaultConsistencyLevel.LOCAL_SERIAL) {
            return DefaultConsistencyLevel.SERIAL;
        }
        return level;
    }
}
