package org.cqlshift.runner;

import java.nio.file.Path;
import org.cqlshift.api.CassandraUnavailableException;
import org.cqlshift.api.Reporter;
import org.cqlshift.api.config.Configuration;
import org.cqlshift.api.config.ConfigurationException;
import org.cqlshift.api.config.ConfigurationResolver;
import org.cqlshift.api.config.Setting;
import org.cqlshift.embedded.CassandraArtifact;
import org.cqlshift.embedded.EmbeddedCassandra;
import org.cqlshift.embedded.EmbeddedCassandraException;
import org.cqlshift.embedded.UnsupportedJavaException;
import picocli.CommandLine.Option;

/** Runs a command against a local Cassandra node that lives only as long as the command. */
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

    @Option(names = "--embedded-auth",
            description = "The --embedded node requires password authentication, as production clusters do; commands"
                    + " log in as its default superuser " + SUPERUSER + "/" + SUPERUSER + " unless --username is given.")
    boolean passwordAuthentication;

    /** The superuser Cassandra creates, with this password, when password authentication starts with no roles. */
    static final String SUPERUSER = "cassandra";

    /** Starts the node when {@code --embedded} was given; null when it was not. */
    EmbeddedCassandra startIfRequested(Reporter reporter) {
        if (!enabled) {
            return null;
        }
        EmbeddedCassandra node;
        try {
            EmbeddedCassandra.Builder builder = EmbeddedCassandra.builder().version(version).directory(directory)
                    .nativePort(0);
            if (javaHome != null) {
                builder.javaHome(javaHome);
            }
            if (passwordAuthentication) {
                builder.yamlEntry("authenticator", "PasswordAuthenticator").yamlEntry("authorizer", "CassandraAuthorizer");
            }
            node = builder.build();
        } catch (UnsupportedJavaException e) {
            throw new ConfigurationException(e.getMessage(), e.whatToInstall() + ": give its home directory with"
                    + " --embedded-java-home, or choose --cassandra-version " + CassandraArtifact.DEFAULT_VERSION + ".", e);
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("Invalid --cassandra-version '" + version + "'"
                    + (javaHome == null ? "" : " or --embedded-java-home '" + javaHome + "'") + ": " + e.getMessage(),
                    "Give a cassandra-all version published on Maven Central, such as "
                            + CassandraArtifact.DEFAULT_VERSION + ".", e);
        }
        reporter.info("Starting embedded Cassandra " + version + " in " + node.directory()
                + " (the first start of a version downloads it from Maven Central)");
        try {
            node.start();
        } catch (EmbeddedCassandraException e) {
            throw new CassandraUnavailableException("The embedded Cassandra node did not start. " + e.getMessage(),
                    "Read the node's log named above; --embedded-dir chooses another directory and --cassandra-version"
                            + " another version.", e);
        }
        reporter.info("Embedded Cassandra " + node.version() + " started at " + node.contactPointText()
                + "; log: " + node.systemLog());
        return node;
    }

    /**
     * The configuration with the node as the only contact point, whatever the other sources say, and with
     * --embedded-auth the node's superuser unless a user was given.
     */
    Configuration connectingTo(EmbeddedCassandra node, ConfigurationResolver resolver) {
        resolver.explicit(Setting.CONTACT_POINTS, node.contactPointText())
                .explicit(Setting.LOCAL_DC, node.localDatacenter());
        if (passwordAuthentication && resolver.value(Setting.USERNAME).isEmpty()) {
            resolver.explicit(Setting.USERNAME, SUPERUSER).explicit(Setting.PASSWORD, SUPERUSER);
        }
        return resolver.resolve();
    }
}
