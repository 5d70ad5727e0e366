package org.cqlshift.maven;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.cqlshift.api.CassandraConnection;
import org.cqlshift.api.Reporter;
import org.cqlshift.api.workflow.Workflows;

/** Applies the pending CQL scripts in version order: {@code mvn cassandra:migrate}. */
@Mojo(name = "migrate", requiresProject = false, threadSafe = true)
public class MigrateMojo extends AbstractCassandraMojo {

    /** Print every pending statement, resolved, and execute nothing. */
    @Parameter(property = "cassandra.dryRun", defaultValue = "false")
    boolean dryRun;

    /** The highest version to apply. */
    @Parameter(property = "cassandra.target")
    Integer target;

    @Override
    protected void run(CassandraConnection connection, Reporter reporter) {
        Workflows.migrate(connection, reporter, dryRun, target);
    }
}
