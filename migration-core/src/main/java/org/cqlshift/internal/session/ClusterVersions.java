package org.cqlshift.internal.session;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.Version;
import com.datastax.oss.driver.api.core.metadata.Node;

/** What the nodes' Cassandra versions tell about the cluster, from the driver's metadata. */
public final class ClusterVersions {

    private ClusterVersions() {
    }

    /**
     * Whether any node runs Cassandra 6 or later: transactional cluster metadata (CEP-21, schema versions are
     * epochs) and Accord transactions.
     */
    public static boolean hasCassandra6(CqlSession session) {
        for (Node node : session.getMetadata().getNodes().values()) {
            Version version = node.getCassandraVersion();
            if (version != null && version.getMajor() >= 6) {
                return true;
            }
        }
        return false;
    }
}
