package org.cqlshift.internal.session;

import org.cqlshift.api.Reporter;
import com.datastax.oss.driver.api.core.CqlSession;
import org.cqlshift.api.config.Configuration;
import org.cqlshift.internal.session.SessionFactory;

/**
 * An open session to the cluster, tuned for schema work, shared by migrate, seed and verify when
 * they run one after the other.
 */
public final class CassandraConnection implements AutoCloseable {

    private final CqlSession session;
    private final Configuration configuration;
    private final boolean ownsSession;

    private CassandraConnection(CqlSession session, Configuration configuration, boolean ownsSession) {
        this.session = session;
        this.configuration = configuration;
        this.ownsSession = ownsSession;
    }

    /**
     * Connects to the configured contact points without reporting waits; see {@link #open(Configuration, Reporter)}.
     */
    public static CassandraConnection open(Configuration configuration) {
        return open(configuration, Reporter.SILENT);
    }

    /**
     * Connects to the configured contact points. While no node is reachable, retries with backoff for
     * up to {@link Configuration#waitTimeout()} and reports each wait as a warning.
     *
     * @throws CassandraUnavailableException when no node answers in time or the login is refused
     * @throws org.cqlshift.api.config.ConfigurationException when the local datacenter does not exist
     */
    public static CassandraConnection open(Configuration configuration, Reporter reporter) {
        return new CassandraConnection(SessionFactory.open(configuration, reporter), configuration, true);
    }

    /**
     * Uses a session the caller opened, such as an application's own; {@link #close()} leaves it open. The
     * configuration's contact points, datacenter, credentials and timeouts do not apply to it: the session's
     * own driver settings do.
     */
    public static CassandraConnection of(CqlSession session, Configuration configuration) {
        return new CassandraConnection(session, configuration, false);
    }

    public CqlSession session() {
        return session;
    }

    public Configuration configuration() {
        return configuration;
    }

    /** Whether this connection opened its session, rather than using one the caller opened. */
    public boolean ownsSession() {
        return ownsSession;
    }

    /** Closes the session if this connection opened it. */
    @Override
    public void close() {
        if (ownsSession) {
            session.close();
        }
    }
}
