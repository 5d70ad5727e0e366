package org.cqlshift.maven;

import org.apache.maven.plugins.annotations.Mojo;
import org.cqlshift.api.CassandraConnection;
import org.cqlshift.api.Reporter;
import org.cqlshift.api.seed.SeedListener;
import org.cqlshift.api.workflow.StopRule;
import org.cqlshift.api.workflow.Workflows;

/**
 * Migrates, then seeds, then verifies, on one connection: {@code mvn cassandra:up}, as the runner's
 * {@code up}. Stops at the first step that fails, and fails the build naming that step's failure.
 */
@Mojo(name = "up", requiresProject = false, threadSafe = true)
public class UpMojo extends AbstractCassandraMojo {

    @Override
    protected void run(CassandraConnection connection, Reporter reporter) {
        // Maven handles its own shutdown; the build log shows each loaded file, so no progress is drawn.
        Workflows.up(connection, reporter, new SeedListener() { }, StopRule.never());
    }
}
