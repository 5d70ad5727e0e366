package org.cqlshift.maven;

import org.apache.maven.plugins.annotations.Mojo;
import org.cqlshift.api.CassandraConnection;
import org.cqlshift.api.Reporter;
import org.cqlshift.api.migration.Migrator;

/** Fails the build, naming each, when applied scripts were edited or removed: {@code mvn cassandra:validate}. */
@Mojo(name = "validate", requiresProject = false, threadSafe = true)
public class ValidateMojo extends AbstractCassandraMojo {

    @Override
    protected void run(CassandraConnection connection, Reporter reporter) {
        Migrator.create(connection, reporter).validate();
    }
}
