package org.cqlshift.maven;

import java.io.File;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.cqlshift.embedded.CassandraArtifact;
import org.cqlshift.embedded.EmbeddedCassandra;
import org.cqlshift.embedded.EmbeddedCassandraException;
import org.cqlshift.embedded.UnsupportedJavaException;
import org.eclipse.aether.RepositorySystem;

/**
 * Starts a real Cassandra node (cassandra-all from Maven Central) for the integration tests of this build, and
 * sets the project properties {@code cassandra.contactPoints} ({@code host:port}) and {@code cassandra.nativePort}
 * so that later goals and tests use it. {@code cassandra:stop} stops it; so does the end of the Maven run.
 */
@Mojo(name = "start", defaultPhase = LifecyclePhase.PRE_INTEGRATION_TEST, threadSafe = true)
public class StartMojo extends AbstractMojo {

    /**
     * The cassandra-all version, 4.1 or later; by default the one this plugin was built and tested with. A 6.x node
     * has Accord transactions enabled.
     */
    @Parameter(property = "cassandra.embedded.version")
    String version;

    /** The JDK that runs the node; by default the one running Maven. Cassandra 4.1 needs a Java 11. */
    @Parameter(property = "cassandra.embedded.javaHome")
    File javaHome;

    /** Where the node keeps its config, data and logs ({@code logs/system.log}). */
    @Parameter(property = "cassandra.embedded.directory", defaultValue = "${project.build.directory}/embedded-cassandra")
    File directory;

    /** The CQL port; 0 picks a free one. */
    @Parameter(property = "cassandra.embedded.nativePort", defaultValue = "0")
    int nativePort;

    /** Seconds to wait for the node to accept CQL connections. */
    @Parameter(property = "cassandra.embedded.startupTimeout", defaultValue = "120")
    int startupTimeout;

    /** Extra cassandra.yaml entries, values in YAML syntax, e.g. {@code <authenticator>PasswordAuthenticator</authenticator>}. */
    @Parameter
    Map<String, String> yaml = new LinkedHashMap<>();

    @Parameter(property = "cassandra.skip", defaultValue = "false")
    boolean skip;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    MavenSession session;

    @Component
    RepositorySystem repositorySystem;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping: cassandra.skip is true.");
            return;
        }
        EmbeddedCassandra node = node();
        EmbeddedCassandra running = RunningNodes.get(node.directory());
        if (running != null && running.isRunning()) {
            throw new MojoFailureException("A Cassandra node started by cassandra:start already runs in "
                    + node.directory() + " at " + running.contactPointText()
                    + ". Stop it with cassandra:stop first, or give this execution another <directory>.");
        }
        getLog().info("Starting Cassandra " + node.version() + " in " + node.directory());
        try {
            node.start();
        } catch (EmbeddedCassandraException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
        RunningNodes.put(node);
        project.getProperties().setProperty("cassandra.contactPoints", node.contactPointText());
        project.getProperties().setProperty("cassandra.nativePort", Integer.toString(node.nativePort()));
        getLog().info("Cassandra " + node.version() + " runs with cassandra.contactPoints=" + node.contactPointText()
                + " and cassandra.nativePort=" + node.nativePort() + "; log: " + node.systemLog());
    }

    private EmbeddedCassandra node() throws MojoFailureException {
        try {
            EmbeddedCassandra.Builder builder = EmbeddedCassandra.builder()
                    .version(version == null || version.isBlank() ? CassandraArtifact.DEFAULT_VERSION : version)
                    .directory(directory.toPath())
                    .nativePort(nativePort)
                    .startupTimeout(Duration.ofSeconds(startupTimeout))
                    .classpath(new ProjectRepositoriesClasspath(repositorySystem, session.getRepositorySession(),
                            project.getRemoteProjectRepositories()));
            if (javaHome != null) {
                builder.javaHome(javaHome.toPath());
            }
            yaml.forEach(builder::yamlEntry);
            return builder.build();
        } catch (UnsupportedJavaException e) {
            throw new MojoFailureException(e.getMessage() + " " + e.whatToInstall()
                    + ": give its home directory as <javaHome> (or -Dcassandra.embedded.javaHome).", e);
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("Invalid cassandra:start configuration: " + e.getMessage(), e);
        }
    }
}
