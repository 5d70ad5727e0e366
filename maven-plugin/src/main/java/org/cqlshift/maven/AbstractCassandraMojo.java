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
import org.cqlshift.api.CqlShift;
import org.cqlshift.api.CqlShiftBuilder;
import org.cqlshift.api.CqlShiftException;
import org.cqlshift.api.ErrorReport;
import org.cqlshift.api.Operation;
import org.cqlshift.api.Reporter;
import org.cqlshift.api.config.ConfigurationException;
import org.cqlshift.api.config.Setting;
import org.eclipse.aether.RepositorySystem;

/**
 * Gives the goal's parameters to {@link CqlShift#configure()} and runs the goal's operation. The parameters, one
 * per setting the operation takes, come from the generated {@code <Operation>Parameters} base classes. Every
 * parameter is also a user property ({@code -Dcassandra.keyspace=...}); both count as explicit values and win
 * over {@code CASSANDRA_*} environment variables, which win over defaults.
 */
public abstract class AbstractCassandraMojo extends AbstractMojo {

    @Parameter(defaultValue = "${settings}", readonly = true)
    Settings settings;

    @Component
    SettingsDecrypter settingsDecrypter;

    @Component
    RepositorySystem repositorySystem;

    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    File basedir;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    MavenSession session;

    /** The operation this goal runs. */
    abstract Operation operation();

    /** The value of each setting's parameter, null where it is not set. */
    abstract Map<Setting, String> settingValues();

    /** The entries of each map setting's parameter. */
    abstract Map<Setting, Map<String, String>> settingEntries();

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (Boolean.parseBoolean(settingValues().get(Setting.SKIP))) {
            getLog().info("Skipping: " + Setting.SKIP.property() + " is true.");
            return;
        }
        try (URLClassLoader projectResources = projectResources()) {
            CqlShift shift = configure(System.getenv()).classLoader(projectResources).load();
            if (shift.configuration().skip()) {
                getLog().info("Skipping: " + Setting.SKIP.property() + " is true.");
                return;
            }
            run(shift);
        } catch (CqlShiftException e) {
            throw new MojoFailureException(ErrorReport.of(e).withKind(), e);
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot close the class loader of the project's resources", e);
        }
    }

    /** Runs the goal's operation; the engine's typed errors become build failures with their message. */
    protected abstract void run(CqlShift shift) throws MojoFailureException;

    /** The builder with the parameters, the project's placeholder properties, the environment and the plugin's defaults. */
    CqlShiftBuilder configure(Map<String, String> environment) {
        CqlShiftBuilder builder = CqlShift.configure()
                .reporter(Reporter.of(getLog()::info, getLog()::warn, getLog()::debug));
        settingValues().forEach(builder::setting);
        builder.entries(Setting.PLACEHOLDERS, projectProperties(Setting.PLACEHOLDERS));
        settingEntries().forEach(builder::entries);
        builder.environment(environment)
                .defaultValue(Setting.MIGRATIONS, new File(basedir, "migrations").getPath())
                .defaultValue(Setting.SEEDS, new File(basedir, "seeds").getPath())
                .defaultValue(Setting.EMBEDDED_DIRECTORY, new File(project.getBuild() == null
                        || project.getBuild().getDirectory() == null ? new File(basedir, "target").getPath()
                        : project.getBuild().getDirectory(), "embedded-cassandra").getPath())
                .cassandraClasspath(new ProjectRepositoriesClasspath(repositorySystem, session.getRepositorySession(),
                        project.getRemoteProjectRepositories())::resolve);
        String serverId = settingValues().get(Setting.SERVER_ID);
        if (serverId != null && !serverId.isBlank() && settingValues().get(Setting.USERNAME) == null
                && settingValues().get(Setting.PASSWORD) == null && settingValues().get(Setting.PASSWORD_FILE) == null) {
            Server server = decryptedServer(serverId);
            builder.setting(Setting.USERNAME, server.getUsername()).setting(Setting.PASSWORD, server.getPassword());
        }
        return builder;
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
            if (project.getBuild() != null && project.getBuild().getOutputDirectory() != null) {
                roots.add(new File(project.getBuild().getOutputDirectory()).toURI().toURL());
            }
        } catch (MalformedURLException e) {
            throw new MojoExecutionException("A resource directory of the project is not a valid path", e);
        }
        return new URLClassLoader(roots.toArray(URL[]::new), getClass().getClassLoader());
    }

    private Server decryptedServer(String serverId) {
        Server server = settings == null ? null : settings.getServer(serverId);
        if (server == null) {
            throw new ConfigurationException("No <server> with the id '" + serverId + "' (" + Setting.SERVER_ID
                    .property() + ") in settings.xml.", "Add <server><id>" + serverId + "</id><username>...</username>"
                    + "<password>...</password></server> to ~/.m2/settings.xml, or fix " + Setting.SERVER_ID.property()
                    + ".");
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
    private Map<String, String> projectProperties(Setting map) {
        String prefix = map.property() + ".";
        Map<String, String> found = new LinkedHashMap<>();
        // Later sources win: -D on the command line over the project's properties.
        for (Properties properties : List.of(project.getProperties(), session.getSystemProperties(),
                session.getUserProperties())) {
            for (String name : properties.stringPropertyNames()) {
                if (name.startsWith(prefix)) {
                    found.put(name.substring(prefix.length()), properties.getProperty(name));
                }
            }
        }
        return found;
    }
}
