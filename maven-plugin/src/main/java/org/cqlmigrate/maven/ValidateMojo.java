package org.cqlmigrate.maven;

import org.apache.maven.plugins.annotations.Mojo;
import org.cqlmigrate.api.CassandraConnection;
import org.cqlmigrate.api.Reporter;
import org.cqlmigrate.api.migration.Migrator;

/** Fails the build, naming each, when applied scripts were edited or removed: {@code mvn cassandra:validate}. */
@Mojo(name = "validate", requiresProject = false, threadSafe = true)
public class ValidateMojo extends AbstractCassandraMojo {

    @Override
    protected void run(CassandraConnection connection, Reporter reporter) {
        Migrator.create(connection, reporter).validate();
    }
}
