package org.cqlshift.internal.embedded;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.cqlshift.api.CassandraUnavailableException;
import org.cqlshift.api.Reporter;
import org.cqlshift.api.config.Configuration;
import org.cqlshift.api.config.ConfigurationException;
import org.cqlshift.api.config.Setting;
import org.cqlshift.api.config.Topology;
import org.cqlshift.embedded.EmbeddedCassandra;
import org.cqlshift.embedded.EmbeddedCassandraException;
import org.cqlshift.embedded.EmbeddedCluster;
import org.cqlshift.embedded.UnsupportedJavaException;

/**
 * Local Cassandra nodes (cqlshift-embedded) started as the embedded settings describe: one node, a cluster of
 * {@link Setting#EMBEDDED_NODES}, or one spread over the datacenters of {@link Setting#EMBEDDED_TOPOLOGY}. They run
 * until {@link #close()}.
 */
public final class EmbeddedNodes implements AutoCloseable {

    /** The superuser Cassandra creates, with this password, when password authentication starts with no roles. */
    public static final String SUPERUSER = "cassandra";

    private static final String DOWNLOAD_NOTE = " (the first start of a version downloads it from Maven Central)";

    private final String contactPoints;
    private final String localDatacenter;
    private final Runnable stop;

    private EmbeddedNodes(String contactPoints, String localDatacenter, Runnable stop) {
        this.contactPoints = contactPoints;
        this.localDatacenter = localDatacenter;
        this.stop = stop;
    }

    /**
     * Starts the nodes and returns once they answer CQL requests.
     *
     * @param classpath how to find cassandra-all; null resolves it from Maven Central
     * @throws ConfigurationException for a version or JDK the nodes cannot run on, or without cqlshift-embedded
     * @throws CassandraUnavailableException when a node does not start
     */
    public static EmbeddedNodes start(Configuration configuration, Reporter reporter,
                                      Function<String, List<Path>> classpath) {
        requireLibrary();
        Consumer<EmbeddedCassandra.Builder> settings = node -> {
            node.version(configuration.embeddedVersion()).startupTimeout(configuration.embeddedStartupTimeout());
            configuration.embeddedJavaHome().ifPresent(node::javaHome);
            if (classpath != null) {
                node.classpath(classpath::apply);
            }
            yamlEntries(configuration).forEach(node::yamlEntry);
        };
        String version = configuration.embeddedVersion();
        Path directory = configuration.embeddedDirectory();
        Optional<Topology> topology = configuration.embeddedTopology();
        if (topology.isPresent()) {
            return startTopology(configuration, reporter, topology.get(), settings);
        }
        if (configuration.embeddedNodes() == 1) {
            EmbeddedCassandra node = configured(configuration, () -> {
                EmbeddedCassandra.Builder builder = EmbeddedCassandra.builder().directory(directory)
                        .nativePort(configuration.embeddedNativePort());
                settings.accept(builder);
                return builder.build();
            });
            reporter.info("Starting embedded Cassandra " + version + " in " + node.directory() + DOWNLOAD_NOTE);
            start(node::start, "The embedded Cassandra node did not start. ");
            reporter.info("Embedded Cassandra " + node.version() + " started at " + node.contactPointText()
                    + "; log: " + node.systemLog());
            return new EmbeddedNodes(node.contactPointText(), node.localDatacenter(), node::stop);
        }
        EmbeddedCluster cluster = configured(configuration, () -> EmbeddedCluster.builder()
                .nodes(configuration.embeddedNodes()).directory(directory).eachNode(settings).build());
        reporter.info("Starting " + configuration.embeddedNodes() + " embedded Cassandra " + version
                + " nodes, one after the other, in " + directory.toAbsolutePath() + DOWNLOAD_NOTE);
        start(cluster::start, "The embedded Cassandra nodes did not all start. ");
        for (EmbeddedCassandra node : cluster.nodes()) {
            reporter.info("Embedded Cassandra " + node.version() + " started at " + node.contactPointText()
                    + "; log: " + node.systemLog());
        }
        return new EmbeddedNodes(cluster.contactPointsText(), cluster.localDatacenter(), cluster::stop);
    }

    private static EmbeddedNodes startTopology(Configuration configuration, Reporter reporter, Topology topology,
                                               Consumer<EmbeddedCassandra.Builder> settings) {
        if (configuration.isExplicit(Setting.EMBEDDED_NODES) && configuration.embeddedNodes() != topology.nodes()) {
            throw new ConfigurationException(Setting.EMBEDDED_NODES.property() + " " + configuration.embeddedNodes()
                    + " contradicts " + Setting.EMBEDDED_TOPOLOGY.property() + " '" + topology + "', which makes "
                    + topology.nodes() + " nodes.", "Give only " + Setting.EMBEDDED_TOPOLOGY.flag() + ".");
        }
        // The local datacenter, if given, chooses where the command runs from; else the first one.
        String local = configuration.isExplicit(Setting.LOCAL_DATACENTER)
                && topology.nodesByDatacenter().containsKey(configuration.localDatacenter())
                ? configuration.localDatacenter() : topology.firstDatacenter();
        Path directory = configuration.embeddedDirectory();
        EmbeddedCluster cluster = configured(configuration, () -> EmbeddedCluster.builder()
                .datacenters(topology.nodesByDatacenter()).directory(directory).eachNode(settings).build());
        reporter.info("Starting " + topology.nodes() + " embedded Cassandra " + configuration.embeddedVersion()
                + " nodes in datacenters " + topology + ", one after the other, in " + directory.toAbsolutePath()
                + DOWNLOAD_NOTE);
        start(cluster::start, "The embedded Cassandra nodes did not all start. ");
        for (EmbeddedCassandra node : cluster.nodes()) {
            reporter.info("Embedded Cassandra " + node.version() + " started at " + node.contactPointText()
                    + " in datacenter " + node.localDatacenter() + "; log: " + node.systemLog());
        }
        return new EmbeddedNodes(cluster.contactPointsText(), local, cluster::stop);
    }

    /** {@code host:port} of each node, comma-separated, as {@link Setting#CONTACT_POINTS} takes them. */
    public String contactPoints() {
        return contactPoints;
    }

    public String localDatacenter() {
        return localDatacenter;
    }

    /** Stops the nodes and waits until their processes have ended. */
    @Override
    public void close() {
        stop.run();
    }

    /** With password authentication, the entries that turn it on. */
    private static Map<String, String> yamlEntries(Configuration configuration) {
        Map<String, String> entries = new LinkedHashMap<>(configuration.embeddedYaml());
        if (configuration.embeddedAuth()) {
            entries.put("authenticator", "PasswordAuthenticator");
            entries.put("authorizer", "CassandraAuthorizer");
        }
        return entries;
    }

    private static void requireLibrary() {
        try {
            Class.forName("org.cqlshift.embedded.EmbeddedCassandra", false, EmbeddedNodes.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new ConfigurationException(Setting.EMBEDDED.property() + " is true, but org.cqlshift:cqlshift-embedded"
                    + " is not on the class path.", "Add the dependency org.cqlshift:cqlshift-embedded, or connect to"
                    + " running nodes with " + Setting.CONTACT_POINTS.property() + ".", e);
        }
    }

    /** Builds the node or cluster, reporting a version or JDK it cannot run as a bad configuration. */
    private static <T> T configured(Configuration configuration, Supplier<T> build) {
        try {
            return build.get();
        } catch (UnsupportedJavaException e) {
            throw new ConfigurationException(e.getMessage(), e.whatToInstall() + ": give its home directory with "
                    + Setting.EMBEDDED_JAVA_HOME.flag() + ", or choose " + Setting.EMBEDDED_VERSION.flag() + " "
                    + Setting.EMBEDDED_VERSION.defaultValue().orElseThrow() + ".", e);
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("Invalid embedded nodes: " + e.getMessage() + " (" + Setting.EMBEDDED_VERSION
                    .property() + " '" + configuration.embeddedVersion() + "', " + Setting.EMBEDDED_NODES.property()
                    + " " + configuration.embeddedNodes() + configuration.embeddedJavaHome()
                    .map(home -> ", " + Setting.EMBEDDED_JAVA_HOME.property() + " '" + home + "'").orElse("") + ")",
                    "Give a cassandra-all version published on Maven Central, such as "
                            + Setting.EMBEDDED_VERSION.defaultValue().orElseThrow() + ".", e);
        }
    }

    private static void start(Runnable start, String failure) {
        try {
            start.run();
        } catch (EmbeddedCassandraException e) {
            throw new CassandraUnavailableException(failure + e.getMessage(),
                    "Read the node's log named above; " + Setting.EMBEDDED_DIRECTORY.flag() + " chooses another"
                            + " directory and " + Setting.EMBEDDED_VERSION.flag() + " another version.", e);
        }
    }
}
