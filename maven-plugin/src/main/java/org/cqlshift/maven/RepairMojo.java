package org.cqlshift.maven;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.cqlshift.api.CassandraConnection;
import org.cqlshift.api.Reporter;
import org.cqlshift.api.migration.Migrator;
import org.cqlshift.api.migration.RepairMode;

/**
 * After a hand fix, recording why ({@code mvn cassandra:repair -Dcassandra.reason=...}): accepts edited scripts,
 * and clears failures so that migrate resumes after the statements recorded as done; with
 * {@code -Dcassandra.markApplied} records failed scripts as applied instead.
 */
@Mojo(name = "repair", requiresProject = false, threadSafe = true)
public class RepairMojo extends AbstractCassandraMojo {

    /** Why, kept in the history. */
    @Parameter(property = "cassandra.reason", required = true)
    String reason;

    /** Record failed or interrupted scripts as applied, when the hand fix completed them. */
    @Parameter(property = "cassandra.markApplied", defaultValue = "false")
    boolean markApplied;

    @Override
    protected void run(CassandraConnection connection, Reporter reporter) {
        Migrator.create(connection, reporter).repair(reason, markApplied ? RepairMode.MARK_APPLIED : RepairMode.RESUME);
    }
}
