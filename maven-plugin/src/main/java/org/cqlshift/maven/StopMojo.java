package org.cqlshift.maven;

import java.io.File;
import java.nio.file.Path;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.cqlshift.embedded.EmbeddedCassandra;

/** Stops the node that {@code cassandra:start} started in the same directory earlier in this Maven run. */
@Mojo(name = "stop", defaultPhase = LifecyclePhase.POST_INTEGRATION_TEST, threadSafe = true)
public class StopMojo extends AbstractMojo {

    /** The directory given to {@code cassandra:start}. */
    @Parameter(property = "cassandra.embedded.directory", defaultValue = "${project.build.directory}/embedded-cassandra")
    File directory;

    @Parameter(property = "cassandra.skip", defaultValue = "false")
    boolean skip;

    @Override
    public void execute() {
        if (skip) {
            getLog().info("Skipping: cassandra.skip is true.");
            return;
        }
        Path nodeDirectory = directory.toPath().toAbsolutePath().normalize();
        EmbeddedCassandra node = RunningNodes.remove(nodeDirectory);
        if (node == null) {
            getLog().info("No Cassandra node was started in " + nodeDirectory + " by cassandra:start in this build;"
                    + " nothing to stop.");
            return;
        }
        node.stop();
        getLog().info("Cassandra node in " + nodeDirectory + " stopped.");
    }
}
