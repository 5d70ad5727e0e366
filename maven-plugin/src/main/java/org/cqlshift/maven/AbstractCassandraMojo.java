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
import java.util.Properties;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Resource;
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
import org.cqlshift.api.ErrorReport;
import org.cqlshift.api.Reporter;
import org.cqlshift.api.config.Configuration;
import org.cqlshift.api.config.ConfigurationException;
import org.cqlshift.api.config.ConfigurationResolver;
import org.cqlshift.api.config.Setting;

/**
 * Maps the plugin's parameters onto the core's configuration and runs one engine operation. The settings'
 * parameters come from {@link SettingParameters}, generated from {@link Setting}. Every parameter is also a
 * user property ({@code -Dcassandra.keyspace=...}); both count as explicit values and win over
 * {@code CASSANDRA_*} environment variables, which win over defaults.
 */
public abstract class AbstractCassandraMojo extends SettingParameters {

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

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    MavenSession session;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping: cassandra.skip is true.");
            return;
        }
        try (URLClassLoader projectResources = projectResources()) {
            Reporter reporter = new MavenLogReporter(getLog());
            Configuration configuration = resolver(System.getenv()).classLoader(projectResources).resolve();
            try (CassandraConnection connection = CassandraConnection.open(configuration, reporter)) {
                run(connection, reporter);
            }
        } catch (CqlShiftException e) {
            throw new MojoFailureException(ErrorReport.of(e).withKind(), e);
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot close the class loader of the project's resources", e);
        }
    }

    /**
     * The project's resource directories and build output, so that {@code classpath:} locations name the
     * project's resources, not the plugin's own classes, before and after compiling.
     */
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

    ConfigurationResolver resolver(Map<String, String> environment) {
        ConfigurationResolver resolver = ConfigurationResolver.create();
        settingValues().forEach(resolver::explicit);
        resolver.explicitPlaceholders(placeholdersFromProperties())
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

    /**
     * {@code -Dcassandra.placeholders.<name>=value} and the project's properties of that form; the POM's
     * {@code <placeholders>} win over them, as a POM's configuration wins over a property.
     */
    private Map<String, String> placeholdersFromProperties() {
        Map<String, String> found = new LinkedHashMap<>();
        // Later sources win: -D on the command line over the project's properties.
        for (Properties properties : List.of(project.getProperties(), session.getSystemProperties(),
                session.getUserProperties())) {
            for (String name : properties.stringPropertyNames()) {
                if (name.startsWith(ConfigurationResolver.PLACEHOLDER_PROPERTY_PREFIX)) {
                    found.put(name.substring(ConfigurationResolver.PLACEHOLDER_PROPERTY_PREFIX.length()),
                            properties.getProperty(name));
                }
            }
        }
        return found;
    }
}
