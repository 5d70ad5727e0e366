package org.cqlshift.maven;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.cqlshift.api.CassandraConnection;
import org.cqlshift.api.Reporter;
import org.cqlshift.api.migration.Migrator;

/** Clears failed entries and accepts edited scripts, recording why: {@code mvn cassandra:repair -Dcassandra.reason=...}. */
@Mojo(name = "repair", requiresProject = false, threadSafe = true)
public class RepairMojo extends AbstractCassandraMojo {

    /** Why, kept in the history. */
    @Parameter(property = "cassandra.reason", required = true)
    String reason;

    @Override
    protected void run(CassandraConnection connection, Reporter reporter) {
        Migrator.create(connection, reporter).repair(reason);
    }
}
