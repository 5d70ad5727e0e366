package org.cqlshift.maven;

import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.cqlshift.api.CqlShift;
import org.cqlshift.api.config.Setting;

/**
 * Starts real Cassandra nodes (cassandra-all from Maven Central, resolved through this build's repositories) for
 * the integration tests of this build, and sets the project properties {@code cassandra.contactPoints}
 * ({@code host:port}) and {@code cassandra.nativePort} (the first node's) so that later goals and tests use them.
 * {@code cassandra:stop} stops them; so does the end of the Maven run.
 */
@Mojo(name = "start", defaultPhase = LifecyclePhase.PRE_INTEGRATION_TEST, threadSafe = true)
public class StartMojo extends StartParameters {

    /** The project property that tells later goals and tests the first node's CQL port. */
    static final String NATIVE_PORT_PROPERTY = "cassandra.nativePort";

    @Override
    protected void run(CqlShift shift) throws MojoFailureException {
        String directory = shift.configuration().embeddedDirectory().toAbsolutePath().normalize().toString();
        CqlShift.RunningNodes running = StartedNodes.get(directory);
        if (running != null) {
            throw new MojoFailureException("Cassandra nodes started by cassandra:start already run in " + directory
                    + " at " + running.contactPoints() + ". Stop them with cassandra:stop first, or give this"
                    + " execution another <" + Setting.EMBEDDED_DIRECTORY.key() + ">.");
        }
        CqlShift.RunningNodes nodes = shift.startEmbedded();
        StartedNodes.put(directory, nodes);
        String first = nodes.contactPoints().split(",")[0];
        project.getProperties().setProperty(Setting.CONTACT_POINTS.property(), nodes.contactPoints());
        project.getProperties().setProperty(NATIVE_PORT_PROPERTY, first.substring(first.lastIndexOf(':') + 1));
        getLog().info("Cassandra runs with " + Setting.CONTACT_POINTS.property() + "=" + nodes.contactPoints()
                + " and " + NATIVE_PORT_PROPERTY + "=" + project.getProperties().getProperty(NATIVE_PORT_PROPERTY));
    }
}
