package org.cqlshift.internal.session;

import com.datastax.oss.driver.api.core.AllNodesFailedException;
import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.CqlSessionBuilder;
import com.datastax.oss.driver.api.core.auth.AuthenticationException;
import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import com.datastax.oss.driver.api.core.config.DriverConfigLoader;
import com.datastax.oss.driver.api.core.config.DriverOption;
import com.datastax.oss.driver.api.core.config.ProgrammaticDriverConfigLoaderBuilder;
import com.datastax.oss.driver.api.core.context.DriverContext;
import com.datastax.oss.driver.api.core.loadbalancing.NodeDistance;
import com.datastax.oss.driver.api.core.metadata.Node;
import com.datastax.oss.driver.api.core.metadata.NodeState;
import com.datastax.oss.driver.api.core.session.ProgrammaticArguments;
import com.datastax.oss.driver.api.core.ssl.SslEngineFactory;
import com.datastax.oss.driver.internal.core.config.typesafe.DefaultDriverConfigLoader;
import com.datastax.oss.driver.internal.core.config.typesafe.DefaultProgrammaticDriverConfigLoaderBuilder;
import com.datastax.oss.driver.internal.core.context.DefaultDriverContext;
import com.datastax.oss.driver.internal.core.context.LifecycleListener;
import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigParseOptions;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.cqlshift.api.CassandraUnavailableException;
import org.cqlshift.api.Reporter;
import org.cqlshift.api.SchemaSessionOptions;
import org.cqlshift.api.config.Configuration;
import org.cqlshift.api.config.ConfigurationException;
import org.cqlshift.api.config.Setting;
import org.cqlshift.api.config.TlsSettings;

/** Opens driver sessions configured for migrations: fast schema agreement, no eager schema metadata. */
public final class SessionFactory {

    private SessionFactory() {
    }

    /**
     * Connects, retrying while no node is reachable for up to the configured wait timeout, and reports
     * each wait. A refused login or a wrong datacenter fails at once.
     */
    public static CqlSession open(Configuration configuration, Reporter reporter) {
        DriverFile driverFile = configuration.driverConfig().map(SessionFactory::parseDriverConfig).orElse(null);
        String nodes = applies(configuration, driverFile, Setting.CONTACT_POINTS, DefaultDriverOption.CONTACT_POINTS)
                ? describe(configuration.contactPoints())
                : String.join(",", driverFile.merged().getStringList(path(DefaultDriverOption.CONTACT_POINTS)));
        ConnectionWait wait = new ConnectionWait(configuration.waitTimeout(), Clock.systemUTC(),
                duration -> Thread.sleep(duration.toMillis()), reporter, nodes);
        SslEngineFactory tls = configuration.tls().map(TlsContext::engineFactory).orElse(null);
        CqlSession session = wait.run(() -> openOnce(configuration, tls, driverFile, nodes));
        warnAboutDownNodes(session, reporter);
        return session;
    }

    /**
     * A setting given explicitly wins over the driver configuration file; one left at its default yields to an
     * option the file sets, so that the file is not silently overridden by values nobody asked for.
     */
    private static boolean applies(Configuration configuration, DriverFile driverFile, Setting setting,
            DriverOption option) {
        return driverFile == null || configuration.isExplicit(setting) || !driverFile.sets(option);
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

    private static CqlSession openOnce(Configuration configuration, SslEngineFactory tls, DriverFile driverFile,
            String nodes) {
        CqlSessionBuilder builder = new WithoutInsightsBuilder()
                .withConfigLoader(configLoader(configuration, driverFile))
                .withSslEngineFactory(tls);
        // The driver adds its configuration's contact points to the ones given here.
        if (applies(configuration, driverFile, Setting.CONTACT_POINTS, DefaultDriverOption.CONTACT_POINTS)) {
            builder.addContactPoints(configuration.contactPoints());
        }
        configuration.username().ifPresent(user ->
                builder.withAuthCredentials(user, configuration.password().orElseThrow().reveal()));
        CqlSession session;
        try {
            session = builder.build();
        } catch (AllNodesFailedException e) {
            if (e.getAllErrors().values().stream().flatMap(List::stream)
                    .anyMatch(error -> error instanceof AuthenticationException)) {
                throw loginRefused(configuration, nodes);
            }
            // Waiting does not change a certificate: a mismatch fails at once.
            certificateMismatch(configuration, e).ifPresent(mismatch -> {
                throw mismatch;
            });
            throw new ConnectionWait.NotReachableYet(reasons(e), unreachable(configuration, nodes, e));
        } catch (AuthenticationException e) {
            throw loginRefused(configuration, nodes);
        }
        try {
            requireLocalDatacenter(session);
        } catch (RuntimeException e) {
            session.close();
            throw e;
        }
        return session;
    }

    /** The given settings, under the options of every schema session ({@link SchemaSessionOptions}). */
    private static DriverConfigLoader configLoader(Configuration configuration, DriverFile driverFile) {
        ProgrammaticDriverConfigLoaderBuilder loader = driverFile == null
                ? DriverConfigLoader.programmaticBuilder()
                : new DefaultProgrammaticDriverConfigLoaderBuilder(driverFile::merged,
                DefaultDriverConfigLoader.DEFAULT_ROOT_PATH);
        if (driverFile != null && configuration.isExplicit(Setting.CONTACT_POINTS)
                && driverFile.sets(DefaultDriverOption.CONTACT_POINTS)) {
            // The driver would add the file's contact points to the given ones; given, they replace them.
            loader.withStringList(DefaultDriverOption.CONTACT_POINTS, List.of());
        }
        if (applies(configuration, driverFile, Setting.LOCAL_DC, DefaultDriverOption.LOAD_BALANCING_LOCAL_DATACENTER)) {
            loader.withString(DefaultDriverOption.LOAD_BALANCING_LOCAL_DATACENTER, configuration.localDatacenter());
        }
        if (applies(configuration, driverFile, Setting.CONSISTENCY, DefaultDriverOption.REQUEST_CONSISTENCY)) {
            loader.withString(DefaultDriverOption.REQUEST_CONSISTENCY, configuration.consistency().name());
        }
        if (applies(configuration, driverFile, Setting.SERIAL_CONSISTENCY,
                DefaultDriverOption.REQUEST_SERIAL_CONSISTENCY)) {
            loader.withString(DefaultDriverOption.REQUEST_SERIAL_CONSISTENCY, configuration.serialConsistency().name());
        }
        if (applies(configuration, driverFile, Setting.SCHEMA_AGREEMENT_TIMEOUT,
                DefaultDriverOption.CONTROL_CONNECTION_AGREEMENT_TIMEOUT)) {
            loader.withDuration(DefaultDriverOption.CONTROL_CONNECTION_AGREEMENT_TIMEOUT,
                    configuration.schemaAgreementTimeout());
        }
        if (applies(configuration, driverFile, Setting.REQUEST_TIMEOUT, DefaultDriverOption.REQUEST_TIMEOUT)) {
            loader.withDuration(DefaultDriverOption.REQUEST_TIMEOUT, configuration.requestTimeout());
        }
        loader.withDuration(DefaultDriverOption.CONNECTION_INIT_QUERY_TIMEOUT, Duration.ofSeconds(5));
        return DriverConfigLoader.compose(
                DriverConfigLoader.fromMap(SchemaSessionOptions.forKeyspace(configuration.keyspace())), loader.build());
    }

    /**
     * The user's driver configuration over the driver's reference one, read once so that a mistake in it is
     * reported before connecting, with its line.
     */
    private static DriverFile parseDriverConfig(Path file) {
        try {
            ConfigFactory.invalidateCaches();
            Config given = ConfigFactory.defaultOverrides()
                    .withFallback(ConfigFactory.parseFile(file.toFile(), ConfigParseOptions.defaults().setAllowMissing(false)));
            Config merged = given.withFallback(ConfigFactory.defaultReference(CqlSession.class.getClassLoader()))
                    .resolve();
            return new DriverFile(merged, given.resolveWith(merged));
        } catch (ConfigException e) {
            throw new ConfigurationException("Cannot read the driver configuration " + file + ": " + e.getMessage(),
                    "Fix the file (HOCON, as the driver's application.conf) or unset " + Setting.DRIVER_CONFIG.flag()
                            + ".", e);
        }
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
                    "Set " + Setting.LOCAL_DC.flag() + " or " + Setting.LOCAL_DC.environmentVariable()
                            + " to one of " + datacenters + ".");
        }
    }

    private static String reasons(AllNodesFailedException e) {
        String reasons = e.getAllErrors().values().stream()
                .flatMap(List::stream)
                .map(SessionFactory::rootMessage)
                .distinct()
                .collect(Collectors.joining("; "));
        return reasons.isEmpty() ? "no node answered" : reasons;
    }

    private static CassandraUnavailableException unreachable(Configuration configuration, String nodes,
            AllNodesFailedException e) {
        String reasons = e.getAllErrors().entrySet().stream()
                .map(entry -> entry.getKey().getEndPoint() + ": " + entry.getValue().stream()
                        .map(SessionFactory::rootMessage).distinct().collect(Collectors.joining("; ")))
                .collect(Collectors.joining(", "));
        // A node that requires TLS drops a plain connection: the driver sees it reset or closed, not refused.
        boolean droppedByNode = configuration.tls().isEmpty() && e.getAllErrors().values().stream()
                .flatMap(List::stream).anyMatch(error -> !(rootCause(error) instanceof ConnectException));
        return new CassandraUnavailableException(
                "Cannot connect to Cassandra at " + nodes
                        + (reasons.isEmpty() ? "" : " (" + reasons + ")") + ".",
                "Check that a node is running and reachable there, or set " + Setting.CONTACT_POINTS.flag()
                        + " / " + Setting.CONTACT_POINTS.environmentVariable() + "."
                        + (droppedByNode ? " The node closed the connection: if it requires TLS from clients, set "
                        + Setting.TLS.flag() + " and " + Setting.TLS_TRUSTSTORE.flag() + " (" + Setting.TLS
                        .environmentVariable() + ", " + Setting.TLS_TRUSTSTORE.environmentVariable() + ")." : ""),
                e);
    }

    /**
     * A node whose certificate does not name the address connected to, with hostname verification on. The JDK's
     * hostname check fails with a plain CertificateException; an untrusted certificate fails with a subclass.
     */
    private static Optional<CassandraUnavailableException> certificateMismatch(Configuration configuration,
            AllNodesFailedException e) {
        if (!configuration.tls().map(TlsSettings::hostnameVerification).orElse(false)) {
            return Optional.empty();
        }
        return e.getAllErrors().entrySet().stream()
                .filter(entry -> entry.getValue().stream()
                        .anyMatch(error -> rootCause(error).getClass() == CertificateException.class))
                .findFirst()
                .map(entry -> {
                    SocketAddress address = entry.getKey().getEndPoint().resolve();
                    String node = address instanceof InetSocketAddress socket
                            ? socket.getHostString() + ":" + socket.getPort() : address.toString();
                    String reason = entry.getValue().stream()
                            .filter(error -> rootCause(error).getClass() == CertificateException.class)
                            .map(SessionFactory::rootMessage).findFirst().orElseThrow();
                    return new CassandraUnavailableException("The TLS certificate of the node at " + node
                            + " does not match the host connected to (" + reason + ").",
                            "Reissue the node's certificate with this address among its subject alternative names,"
                                    + " connect to an address the certificate names (" + Setting.CONTACT_POINTS.flag()
                                    + "), or set " + Setting.TLS_HOSTNAME_VERIFICATION.flag() + " false ("
                                    + Setting.TLS_HOSTNAME_VERIFICATION.environmentVariable()
                                    + "=false) to skip the check.",
                            e);
                });
    }

    private static CassandraUnavailableException loginRefused(Configuration configuration, String nodes) {
        return new CassandraUnavailableException(
                "Cassandra at " + nodes + " refused the login of user '"
                        + configuration.username().orElse("") + "'.",
                "Check the username and password (" + Setting.USERNAME.environmentVariable() + ", "
                        + Setting.PASSWORD.environmentVariable() + ").",
                null);
    }

    private static String path(DriverOption option) {
        return DefaultDriverConfigLoader.DEFAULT_ROOT_PATH + "." + option.getPath();
    }

    /** The driver configuration in force, and the part of it the user's file and system properties set. */
    private record DriverFile(Config merged, Config given) {

        boolean sets(DriverOption option) {
            return given.hasPath(path(option));
        }
    }

    private static String describe(List<InetSocketAddress> contactPoints) {
        return contactPoints.stream()
                .map(point -> point.getHostString() + ":" + point.getPort())
                .collect(Collectors.joining(","));
    }

    private static String rootMessage(Throwable error) {
        Throwable root = rootCause(error);
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    private static Throwable rootCause(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    /**
     * A session without the driver's Insights client, which reports only to DataStax Enterprise: the driver
     * adds it whenever Jackson is on the class path, and loading Jackson's object mapper for it took a tenth
     * of a second of every short command.
     */
    private static final class WithoutInsightsBuilder extends CqlSessionBuilder {

        @Override
        protected DriverContext buildContext(DriverConfigLoader configLoader,
                ProgrammaticArguments programmaticArguments) {
            return new DefaultDriverContext(configLoader, programmaticArguments) {
                @Override
                protected List<LifecycleListener> buildLifecycleListeners() {
                    return List.of();
                }
            };
        }
    }
}
