package org.cqlshift.maven;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.cqlshift.api.CassandraConnection;
import org.cqlshift.api.Reporter;
import org.cqlshift.api.migration.Migrator;

/** Marks an existing schema as migrated up to a version: {@code mvn cassandra:baseline -Dcassandra.baselineVersion=N}. */
@Mojo(name = "baseline", requiresProject = false, threadSafe = true)
public class BaselineMojo extends AbstractCassandraMojo {

    /** The last script version the keyspace's schema already holds. */
    @Parameter(property = "cassandra.baselineVersion", required = true)
    int baselineVersion;

    @Override
    protected void run(CassandraConnection connection, Reporter reporter) {
        Migrator.create(connection, reporter).baseline(baselineVersion);
    }
}
