package org.cqlmigrate.internal.session;

import com.datastax.oss.driver.api.core.AllNodesFailedException;
import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.CqlSessionBuilder;
import com.datastax.oss.driver.api.core.auth.AuthenticationException;
import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import com.datastax.oss.driver.api.core.config.DriverConfigLoader;
import com.datastax.oss.driver.api.core.metadata.Node;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.cqlmigrate.api.CassandraUnavailableException;
import org.cqlmigrate.api.config.Configuration;
import org.cqlmigrate.api.config.ConfigurationException;
import org.cqlmigrate.api.config.Setting;

/** Opens driver sessions configured for migrations: fast schema agreement, no eager schema metadata. */
public final class SessionFactory {

    private SessionFactory() {
    }

    public static CqlSession open(Configuration configuration) {
        CqlSessionBuilder builder = CqlSession.builder()
                .withConfigLoader(configLoader(configuration))
                .addContactPoints(configuration.contactPoints())
                .withLocalDatacenter(configuration.localDatacenter());
        configuration.username().ifPresent(user ->
                builder.withAuthCredentials(user, configuration.password().orElseThrow().reveal()));
        CqlSession session;
        try {
            session = builder.build();
        } catch (AllNodesFailedException e) {
            throw unreachable(configuration, e);
        } catch (AuthenticationException e) {
            throw loginRefused(configuration, e);
        }
        try {
            requireLocalDatacenter(session, configuration);
        } catch (RuntimeException e) {
            session.close();
            throw e;
        }
        return session;
    }

    /**
     * Schema metadata stays off: refreshing it after every DDL statement is what makes plain
     * cassandra-migration slow. Features that need table metadata call {@code refreshSchema()}, which
     * works while it is disabled. Schema agreement is still awaited after every DDL statement.
     */
    private static DriverConfigLoader configLoader(Configuration configuration) {
        return DriverConfigLoader.programmaticBuilder()
                .withBoolean(DefaultDriverOption.METADATA_SCHEMA_ENABLED, false)
                .withStringList(DefaultDriverOption.METADATA_SCHEMA_REFRESHED_KEYSPACES,
                        List.of(configuration.keyspace()))
                .withDuration(DefaultDriverOption.METADATA_SCHEMA_WINDOW, Duration.ofMillis(10))
                .withDuration(DefaultDriverOption.CONTROL_CONNECTION_AGREEMENT_TIMEOUT,
                        configuration.schemaAgreementTimeout())
                .withDuration(DefaultDriverOption.CONTROL_CONNECTION_AGREEMENT_INTERVAL, Duration.ofMillis(20))
                .withDuration(DefaultDriverOption.REQUEST_TIMEOUT, configuration.requestTimeout())
                .withDuration(DefaultDriverOption.CONNECTION_INIT_QUERY_TIMEOUT, Duration.ofSeconds(5))
                .withString(DefaultDriverOption.SESSION_NAME, "cqlmigrate")
                // The native clock loads jnr-ffi, which generates code at start-up for seconds on a busy
                // machine; microsecond precision of client timestamps is of no use here.
                .withBoolean(DefaultDriverOption.TIMESTAMP_GENERATOR_FORCE_JAVA_CLOCK, true)
                // Closing the session otherwise waits out Netty's 2 s quiet period; no request is in flight then.
                .withInt(DefaultDriverOption.NETTY_IO_SHUTDOWN_QUIET_PERIOD, 0)
                .withInt(DefaultDriverOption.NETTY_ADMIN_SHUTDOWN_QUIET_PERIOD, 0)
                .build();
    }

    private static void requireLocalDatacenter(CqlSession session, Configuration configuration) {
        Set<String> datacenters = session.getMetadata().getNodes().values().stream()
                .map(Node::getDatacenter)
                .filter(dc -> dc != null)
                .collect(Collectors.toCollection(TreeSet::new));
        if (!datacenters.isEmpty() && !datacenters.contains(configuration.localDatacenter())) {
            throw new ConfigurationException(
                    "Local datacenter '" + configuration.localDatacenter() + "' does not exist; the cluster's"
                            + " datacenters are " + datacenters + ".",
                    "Set " + Setting.LOCAL_DC.flag() + " or " + Setting.LOCAL_DC.environmentVariable()
                            + " to one of " + datacenters + ".");
        }
    }

    private static CassandraUnavailableException unreachable(Configuration configuration, AllNodesFailedException e) {
        String reasons = e.getAllErrors().entrySet().stream()
                .map(entry -> entry.getKey().getEndPoint() + ": " + entry.getValue().stream()
                        .map(SessionFactory::rootMessage).distinct().collect(Collectors.joining("; ")))
                .collect(Collectors.joining(", "));
        return new CassandraUnavailableException(
                "Cannot connect to Cassandra at " + describe(configuration.contactPoints())
                        + (reasons.isEmpty() ? "" : " (" + reasons + ")") + ".",
                "Check that a node is running and reachable there, or set " + Setting.CONTACT_POINTS.flag()
                        + " / " + Setting.CONTACT_POINTS.environmentVariable() + ".",
                e);
    }

    private static CassandraUnavailableException loginRefused(Configuration configuration, AuthenticationException e) {
        return new CassandraUnavailableException(
                "Cassandra at " + describe(configuration.contactPoints()) + " refused the login of user '"
                        + configuration.username().orElse("") + "'.",
                "Check the username and password (" + Setting.USERNAME.environmentVariable() + ", "
                        + Setting.PASSWORD.environmentVariable() + ").",
                null);
    }

    private static String describe(List<InetSocketAddress> contactPoints) {
        return contactPoints.stream()
                .map(point -> point.getHostString() + ":" + point.getPort())
                .collect(Collectors.joining(","));
    }

    private static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
