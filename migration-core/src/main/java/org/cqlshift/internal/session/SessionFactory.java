package org.cqlshift.internal.session;

import com.datastax.oss.driver.api.core.AllNodesFailedException;
import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.CqlSessionBuilder;
import com.datastax.oss.driver.api.core.auth.AuthenticationException;
import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import com.datastax.oss.driver.api.core.loadbalancing.NodeDistance;
import com.datastax.oss.driver.api.core.metadata.Node;
import com.datastax.oss.driver.api.core.metadata.NodeState;
import com.datastax.oss.driver.api.core.ssl.SslEngineFactory;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.cqlshift.api.Reporter;
import org.cqlshift.api.config.Configuration;
import org.cqlshift.api.config.ConfigurationException;
import org.cqlshift.api.config.Setting;

/**
 * Opens driver sessions configured for migrations ({@link DriverConfiguration}): fast schema agreement, no eager
 * schema metadata.
 */
public final class SessionFactory {

    private SessionFactory() {
    }

    /**
     * Connects, retrying while no node is reachable for up to the configured wait timeout, and reports
     * each wait. A refused login or a wrong datacenter fails at once.
     */
    public static CqlSession open(Configuration configuration, Reporter reporter) {
        DriverConfiguration driver = DriverConfiguration.of(configuration);
        String nodes = driver.contactPoints();
        ConnectionWait wait = new ConnectionWait(configuration.waitTimeout(), Clock.systemUTC(),
                pause -> TimeUnit.MILLISECONDS.sleep(pause.toMillis()), reporter, nodes);
        SslEngineFactory tls = configuration.tls().map(TlsContext::engineFactory).orElse(null);
        CqlSession session = wait.run(() -> openOnce(configuration, tls, driver, nodes));
        warnAboutDownNodes(session, reporter);
        return session;
    }

    /**
     * A node that is down is left out of schema agreement checks (as the driver does) and cannot answer for
     * its replicas: worth a warning that names it, since the run may still succeed without it.
     */
    private static void warnAboutDownNodes(CqlSession session, Reporter reporter) {
        String consistency = session.getContext().getConfig().getDefaultProfile()
                .getString(DefaultDriverOption.REQUEST_CONSISTENCY);
        List<Node> down = session.getMetadata().getNodes().values().stream()
                .filter(node -> node.getDistance() != NodeDistance.IGNORED)
                .filter(node -> node.getState() == NodeState.DOWN || node.getState() == NodeState.FORCED_DOWN
                        || node.getOpenConnections() == 0)
                .collect(Collectors.toList());
        for (Node node : down) {
            reporter.warn("Node " + node.getEndPoint() + " (" + node.getDatacenter() + ") is down: schema agreement"
                    + " is checked among the live nodes only, and reads and writes at "
                    + consistency + " need enough live replicas without it.");
        }
    }

    private static CqlSession openOnce(Configuration configuration, SslEngineFactory tls, DriverConfiguration driver,
            String nodes) {
        // The driver adds its configuration's contact points to the ones given here.
        CqlSessionBuilder builder = CqlSession.builder()
                .withConfigLoader(driver.loader())
                .withSslEngineFactory(tls)
                .addContactPoints(driver.explicitContactPoints());
        configuration.username().ifPresent(user ->
                builder.withAuthCredentials(user, configuration.password().orElseThrow().reveal()));
        CqlSession session;
        try {
            session = builder.build();
        } catch (AllNodesFailedException e) {
            if (e.getAllErrors().values().stream().flatMap(List::stream)
                    .anyMatch(error -> error instanceof AuthenticationException)) {
                throw ConnectionFailures.loginRefused(configuration, nodes);
            }
            // Waiting does not change a certificate: a mismatch fails at once.
            ConnectionFailures.certificateMismatch(configuration, e).ifPresent(mismatch -> {
                throw mismatch;
            });
            throw new ConnectionWait.NotReachableYet(ConnectionFailures.reasons(e),
                    ConnectionFailures.unreachable(configuration, nodes, e));
        } catch (AuthenticationException e) {
            throw ConnectionFailures.loginRefused(configuration, nodes);
        }
        try {
            requireLocalDatacenter(session);
        } catch (RuntimeException e) {
            session.close();
            throw e;
        }
        return session;
    }

    private static void requireLocalDatacenter(CqlSession session) {
        String localDatacenter = session.getContext().getConfig().getDefaultProfile()
                .getString(DefaultDriverOption.LOAD_BALANCING_LOCAL_DATACENTER);
        Set<String> datacenters = session.getMetadata().getNodes().values().stream()
                .map(Node::getDatacenter)
                .filter(dc -> dc != null)
                .collect(Collectors.toCollection(TreeSet::new));
        if (!datacenters.isEmpty() && !datacenters.contains(localDatacenter)) {
            throw new ConfigurationException(
                    "Local datacenter '" + localDatacenter + "' does not exist; the cluster's"
                            + " datacenters are " + datacenters + ".",
                    "Set " + Setting.LOCAL_DATACENTER.flag() + " or " + Setting.LOCAL_DATACENTER.environmentVariable()
                            + " to one of " + datacenters + ".");
        }
    }
}
