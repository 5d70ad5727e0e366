package org.cqlshift.maven;

import org.apache.maven.plugins.annotations.Mojo;
import org.cqlshift.api.CqlShift;

/**
 * Applies the pending CQL scripts in version order: {@code mvn cassandra:migrate}.
 */
@Mojo(name = "migrate", requiresProject = false, threadSafe = true)
public class MigrateMojo extends MigrateParameters {

    @Override
    protected void run(CqlShift shift) {
        shift.migrate();
    }
}
