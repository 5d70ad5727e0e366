package org.cqlshift.runner;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.cqlshift.api.CassandraUnavailableException;
import org.cqlshift.api.Reporter;
import org.cqlshift.api.config.Configuration;
import org.cqlshift.api.config.ConfigurationException;
import org.cqlshift.api.config.ConfigurationResolver;
import org.cqlshift.api.config.Setting;
import org.cqlshift.embedded.CassandraArtifact;
import org.cqlshift.embedded.EmbeddedCassandra;
import org.cqlshift.embedded.EmbeddedCassandraException;
import org.cqlshift.embedded.EmbeddedCluster;
import org.cqlshift.embedded.UnsupportedJavaException;
import picocli.CommandLine.Option;

/** Runs a command against local Cassandra nodes, one by default, that live only as long as the command. */
public final class EmbeddedOptions {

    @Option(names = "--embedded",
            description = "Start a local Cassandra node for this command, connect to it instead of --contact-points,"
                    + " and stop it when the command ends. Its data stays in --embedded-dir for the next run.")
    boolean enabled;

    /** {@code --embedded-version} is the name this option had first; it still works. */
    @Option(names = {"--cassandra-version", "--embedded-version"}, paramLabel = "VERSION",
            description = "Cassandra version of the --embedded node, 4.1 or later (default ${DEFAULT-VALUE});"
                    + " a 6.x node has Accord transactions enabled.")
    String version = CassandraArtifact.DEFAULT_VERSION;

    @Option(names = "--embedded-java-home", paramLabel = "DIR",
            description = "The JDK that runs the --embedded node (default: the one running cqlshift)."
                    + " Cassandra 4.1 needs a Java 11.")
    Path javaHome;

    @Option(names = "--embedded-dir", paramLabel = "DIR",
            description = "Where the --embedded node keeps its data, config and logs (default ${DEFAULT-VALUE}).")
    Path directory = Path.of(".cqlshift", "embedded");

    @Option(names = "--embedded-nodes", paramLabel = "N",
            description = "How many --embedded nodes to start (default ${DEFAULT-VALUE}). More than one form a cluster"
                    + " on 127.0.0.2, 127.0.0.3 and so on, node i in <embedded-dir>/node<i>, the first the seed;"
                    + " commands connect to all of them.")
    int nodes = 1;

    @Option(names = "--embedded-auth",
            description = "The --embedded node requires password authentication, as production clusters do; commands"
                    + " log in as its default superuser " + SUPERUSER + "/" + SUPERUSER + " unless --username is given.")
    boolean passwordAuthentication;

    /** The superuser Cassandra creates, with this password, when password authentication starts with no roles. */
    static final String SUPERUSER = "cassandra";

    private static final String DOWNLOAD_NOTE = " (the first start of a version downloads it from Maven Central)";

    /** Starts the node or nodes when {@code --embedded} was given; null when it was not. */
    Started startIfRequested(Reporter reporter) {
        if (!enabled) {
            return null;
        }
        Consumer<EmbeddedCassandra.Builder> settings = node -> {
            node.version(version);
            if (javaHome != null) {
                node.javaHome(javaHome);
            }
            yamlEntries().forEach(node::yamlEntry);
        };
        if (nodes == 1) {
            EmbeddedCassandra node = configured(() -> {
                EmbeddedCassandra.Builder builder = EmbeddedCassandra.builder().directory(directory).nativePort(0);
                settings.accept(builder);
                return builder.build();
            });
            reporter.info("Starting embedded Cassandra " + version + " in " + node.directory() + DOWNLOAD_NOTE);
            start(node::start, "The embedded Cassandra node did not start. ");
            reporter.info("Embedded Cassandra " + node.version() + " started at " + node.contactPointText()
                    + "; log: " + node.systemLog());
            return new Started(node.contactPointText(), node.localDatacenter(), node::stop);
        }
        EmbeddedCluster.Builder builder;
        try {
            builder = EmbeddedCluster.builder().nodes(nodes);
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("Invalid --embedded-nodes " + nodes + ": " + e.getMessage() + ".",
                    "Give the number of nodes to start, 1 (the default) for a single node.", e);
        }
        EmbeddedCluster cluster = configured(() -> builder.directory(directory).eachNode(settings).build());
        reporter.info("Starting " + nodes + " embedded Cassandra " + version + " nodes, one after the other, in "
                + directory.toAbsolutePath() + DOWNLOAD_NOTE);
        start(cluster::start, "The embedded Cassandra nodes did not all start. ");
        for (EmbeddedCassandra node : cluster.nodes()) {
            reporter.info("Embedded Cassandra " + node.version() + " started at " + node.contactPointText()
                    + "; log: " + node.systemLog());
        }
        return new Started(cluster.contactPointsText(), cluster.localDatacenter(), cluster::stop);
    }

    /** The node's (or nodes') cassandra.yaml entries that the options ask for. */
    private Map<String, String> yamlEntries() {
        return passwordAuthentication
                ? Map.of("authenticator", "PasswordAuthenticator", "authorizer", "CassandraAuthorizer")
                : Map.of();
    }

    /** Builds the node or cluster, reporting a version or JDK it cannot run as a bad configuration. */
    private <T> T configured(Supplier<T> build) {
        try {
            return build.get();
        } catch (UnsupportedJavaException e) {
            throw new ConfigurationException(e.getMessage(), e.whatToInstall() + ": give its home directory with"
                    + " --embedded-java-home, or choose --cassandra-version " + CassandraArtifact.DEFAULT_VERSION + ".", e);
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("Invalid --cassandra-version '" + version + "'"
                    + (javaHome == null ? "" : " or --embedded-java-home '" + javaHome + "'") + ": " + e.getMessage(),
                    "Give a cassandra-all version published on Maven Central, such as "
                            + CassandraArtifact.DEFAULT_VERSION + ".", e);
        }
    }

    private static void start(Runnable start, String failure) {
        try {
            start.run();
        } catch (EmbeddedCassandraException e) {
            throw new CassandraUnavailableException(failure + e.getMessage(),
                    "Read the node's log named above; --embedded-dir chooses another directory and --cassandra-version"
                            + " another version.", e);
        }
    }

    /** The node or nodes started for a command: where to connect, and how to stop them when it ends. */
    record Started(String contactPoints, String localDatacenter, Runnable stop) implements AutoCloseable {
        @Override
        public void close() {
            stop.run();
        }
    }

    /**
     * The configuration with the embedded nodes as the only contact points, whatever the other sources say,
     * and with --embedded-auth the superuser unless a user was given.
     */
    Configuration connectingTo(Started started, ConfigurationResolver resolver) {
        resolver.explicit(Setting.CONTACT_POINTS, started.contactPoints())
                .explicit(Setting.LOCAL_DC, started.localDatacenter());
        if (passwordAuthentication && resolver.value(Setting.USERNAME).isEmpty()) {
            resolver.explicit(Setting.USERNAME, SUPERUSER).explicit(Setting.PASSWORD, SUPERUSER);
        }
        return resolver.resolve();
    }
}
