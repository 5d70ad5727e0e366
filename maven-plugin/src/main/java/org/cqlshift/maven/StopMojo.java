package org.cqlshift.maven;

import java.io.File;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.cqlshift.api.CqlShift;

/** Stops the nodes that {@code cassandra:start} started in the same directory earlier in this Maven run. */
@Mojo(name = "stop", defaultPhase = LifecyclePhase.POST_INTEGRATION_TEST, threadSafe = true)
public class StopMojo extends AbstractMojo {

    /** The embedded directory given to {@code cassandra:start}. */
    @Parameter(property = "cassandra.embeddedDirectory", defaultValue = "${project.build.directory}/embedded-cassandra")
    File embeddedDirectory;

    /** Skip the goal. */
    @Parameter(property = "cassandra.skip", defaultValue = "false")
    boolean skip;

    @Override
    public void execute() {
        if (skip) {
            getLog().info("Skipping: cassandra.skip is true.");
            return;
        }
        String directory = embeddedDirectory.toPath().toAbsolutePath().normalize().toString();
        CqlShift.RunningNodes nodes = StartedNodes.remove(directory);
        if (nodes == null) {
            getLog().info("No Cassandra node was started in " + directory + " by cassandra:start in this build;"
                    + " nothing to stop.");
            return;
        }
        nodes.close();
        getLog().info("Cassandra nodes in " + directory + " stopped.");
    }
}
