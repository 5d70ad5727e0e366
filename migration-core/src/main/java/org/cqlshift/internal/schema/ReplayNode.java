package org.cqlshift.internal.schema;

import com.datastax.oss.driver.api.core.CqlSession;

/** A Cassandra node that holds nothing but what a replay puts on it, and a session to it. */
public interface ReplayNode extends AutoCloseable {

    CqlSession session();

    /** The node's release version, as {@code system.local} reports it. */
    String version();

    /** Ends the session, and stops the node if it was started for the replay. */
    @Override
    void close();
}
