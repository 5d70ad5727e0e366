package org.cqlshift.maven;

import java.io.File;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.model.Resource;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;
import org.cqlshift.api.CassandraConnection;
import org.cqlshift.api.CqlShiftException;
import org.cqlshift.api.Reporter;
import org.cqlshift.api.config.Configuration;
import org.cqlshift.api.config.ConfigurationException;
import org.cqlshift.api.config.ConfigurationResolver;
import org.cqlshift.api.config.Setting;

/**
 * Maps the plugin's parameters onto the core's configuration and runs one engine operation. Every
 * parameter is also a user property ({@code -Dcassandra.keyspace=...}); both count as explicit values and
 * win over {@code CASSANDRA_*} environment variables, which win over defaults.
 */
public abstract class AbstractCassandraMojo extends AbstractMojo {

    @Parameter(property = "cassandra.contactPoints")
    String contactPoints;

    @Parameter(property = "cassandra.localDc")
    String localDc;

    @Parameter(property = "cassandra.keyspace")
    String keyspace;

    @Parameter(property = "cassandra.replication")
    String replication;

    @Parameter(property = "cassandra.username")
    String username;

    @Parameter(property = "cassandra.password")
    String password;

    /** A file holding the password, such as a mounted secret; a trailing newline is ignored. */
    @Parameter(property = "cassandra.passwordFile")
    String passwordFile;

    @Parameter(property = "cassandra.migrations")
    String migrations;

    @Parameter(property = "cassandra.seeds")
    String seeds;

    @Parameter(property = "cassandra.seedProfile")
    String seedProfile;

    @Parameter(property = "cassandra.schemaAgreementTimeout")
    String schemaAgreementTimeout;

    @Parameter(property = "cassandra.requestTimeout")
    String requestTimeout;

    /** Seconds to keep retrying the connection while Cassandra is not reachable yet; 0 tries once. */
    @Parameter(property = "cassandra.waitTimeout")
    String waitTimeout;

    @Parameter(property = "cassandra.consistency")
    String consistency;

    @Parameter(property = "cassandra.serialConsistency")
    String serialConsistency;

    @Parameter(property = "cassandra.tls")
    String tls;

    @Parameter(property = "cassandra.tlsTruststore")
    String tlsTruststore;

    @Parameter(property = "cassandra.tlsTruststorePasswordFile")
    String tlsTruststorePasswordFile;

    @Parameter(property = "cassandra.tlsKeystore")
    String tlsKeystore;

    @Parameter(property = "cassandra.tlsKeystorePasswordFile")
    String tlsKeystorePasswordFile;

    @Parameter(property = "cassandra.tlsHostnameVerification")
    String tlsHostnameVerification;

    @Parameter(property = "cassandra.driverConfig")
    String driverConfig;

    /**
     * The id of a {@code <server>} in settings.xml whose username and password (encrypted or not) log in,
     * unless a username or password is given explicitly.
     */
    @Parameter(property = "cassandra.serverId")
    String serverId;

    @Parameter(defaultValue = "${settings}", readonly = true)
    Settings settings;

    @Component
    SettingsDecrypter settingsDecrypter;

    /** Script placeholders, as {@code <placeholders><name>value</name></placeholders>}. */
    @Parameter
    Map<String, String> placeholders = new LinkedHashMap<>();

    /** A properties file keyed by the property names, read below the environment. */
    @Parameter(property = "cassandra.configFile")
    File configFile;

    @Parameter(property = "cassandra.skip", defaultValue = "false")
    boolean skip;

    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    File basedir;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping: cassandra.skip is true.");
            return;
        }
        Thread thread = Thread.currentThread();
        ClassLoader pluginLoader = thread.getContextClassLoader();
        try (URLClassLoader projectResources = projectResources()) {
            // classpath: locations name the project's resources, not the plugin's own classes.
            thread.setContextClassLoader(projectResources);
            Reporter reporter = new MavenLogReporter(getLog());
            try (CassandraConnection connection = CassandraConnection.open(configuration(), reporter)) {
                run(connection, reporter);
            }
        } catch (CqlShiftException e) {
            throw new MojoFailureException(e.getMessage()
                    + e.suggestion().map(s -> System.lineSeparator() + "What to do: " + s).orElse(""), e);
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot close the class loader of the project's resources", e);
        } finally {
            thread.setContextClassLoader(pluginLoader);
        }
    }

    /** The project's resource directories and build output, so that they work before and after compiling. */
    private URLClassLoader projectResources() throws MojoExecutionException {
        List<URL> roots = new ArrayList<>();
        try {
            for (Resource resource : project.getResources()) {
                roots.add(new File(resource.getDirectory()).toURI().toURL());
            }
            if (project.getBuild().getOutputDirectory() != null) {
                roots.add(new File(project.getBuild().getOutputDirectory()).toURI().toURL());
            }
        } catch (MalformedURLException e) {
            throw new MojoExecutionException("A resource directory of the project is not a valid path", e);
        }
        return new URLClassLoader(roots.toArray(URL[]::new), getClass().getClassLoader());
    }

    /** Runs the goal's operation; the engine's typed errors become build failures with their message. */
    protected abstract void run(CassandraConnection connection, Reporter reporter) throws MojoFailureException;

    Configuration configuration() {
        return resolver(System.getenv()).resolve();
    }

    ConfigurationResolver resolver(Map<String, String> environment) {
        ConfigurationResolver resolver = ConfigurationResolver.create()
                .explicit(Setting.CONTACT_POINTS, contactPoints)
                .explicit(Setting.LOCAL_DC, localDc)
                .explicit(Setting.KEYSPACE, keyspace)
                .explicit(Setting.REPLICATION, replication)
                .explicit(Setting.USERNAME, username)
                .explicit(Setting.PASSWORD, password)
                .explicit(Setting.MIGRATIONS, migrations)
                .explicit(Setting.SEEDS, seeds)
                .explicit(Setting.SEED_PROFILE, seedProfile)
                .explicit(Setting.SCHEMA_AGREEMENT_TIMEOUT, schemaAgreementTimeout)
                .explicit(Setting.REQUEST_TIMEOUT, requestTimeout)
                .explicit(Setting.PASSWORD_FILE, passwordFile)
                .explicit(Setting.WAIT_TIMEOUT, waitTimeout)
                .explicit(Setting.CONSISTENCY, consistency)
                .explicit(Setting.SERIAL_CONSISTENCY, serialConsistency)
                .explicit(Setting.TLS, tls)
                .explicit(Setting.TLS_TRUSTSTORE, tlsTruststore)
                .explicit(Setting.TLS_TRUSTSTORE_PASSWORD_FILE, tlsTruststorePasswordFile)
                .explicit(Setting.TLS_KEYSTORE, tlsKeystore)
                .explicit(Setting.TLS_KEYSTORE_PASSWORD_FILE, tlsKeystorePasswordFile)
                .explicit(Setting.TLS_HOSTNAME_VERIFICATION, tlsHostnameVerification)
                .explicit(Setting.DRIVER_CONFIG, driverConfig)
                .explicitPlaceholders(placeholders)
                .environment(environment)
                .frontEndDefault(Setting.MIGRATIONS, new File(basedir, "migrations").getPath())
                .frontEndDefault(Setting.SEEDS, new File(basedir, "seeds").getPath());
        if (configFile != null) {
            resolver.propertiesFile(configFile.toPath());
        }
        if (serverId != null && !serverId.isBlank() && username == null && password == null && passwordFile == null) {
            Server server = decryptedServer();
            resolver.explicit(Setting.USERNAME, server.getUsername()).explicit(Setting.PASSWORD, server.getPassword());
        }
        return resolver;
    }

    private Server decryptedServer() {
        Server server = settings == null ? null : settings.getServer(serverId);
        if (server == null) {
            throw new ConfigurationException("No <server> with the id '" + serverId + "' (cassandra.serverId) in"
                    + " settings.xml.", "Add <server><id>" + serverId + "</id><username>...</username><password>..."
                    + "</password></server> to ~/.m2/settings.xml, or fix cassandra.serverId.");
        }
        SettingsDecryptionResult result = settingsDecrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
        for (SettingsProblem problem : result.getProblems()) {
            if (problem.getSeverity() != SettingsProblem.Severity.WARNING) {
                throw new ConfigurationException("Cannot decrypt the password of <server> '" + serverId
                        + "' in settings.xml: " + problem.getMessage(),
                        "Check ~/.m2/settings-security.xml, or encrypt the password again with mvn --encrypt-password.");
            }
        }
        return result.getServer();
    }
}
