package org.cqlshift.maven;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.cqlshift.api.CassandraConnection;
import org.cqlshift.api.Reporter;
import org.cqlshift.api.migration.MigrationInfo;
import org.cqlshift.api.migration.Migrator;

/** Shows each script's state: {@code mvn cassandra:info}, or {@code -Dcassandra.format=json}. */
@Mojo(name = "info", requiresProject = false, threadSafe = true)
public class InfoMojo extends AbstractCassandraMojo {

    /** {@code table} or {@code json}. */
    @Parameter(property = "cassandra.format", defaultValue = "table")
    String format;

    @Override
    protected void run(CassandraConnection connection, Reporter reporter) {
        MigrationInfo info = Migrator.create(connection, reporter).info();
        String text = "json".equalsIgnoreCase(format) ? info.toJson() : info.toTable();
        text.lines().forEach(getLog()::info);
    }
}
