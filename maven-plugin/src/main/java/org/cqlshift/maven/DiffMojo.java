package org.cqlshift.maven;

import org.apache.maven.plugins.annotations.Mojo;
import org.cqlshift.api.CqlShift;
import org.cqlshift.api.OutputFormat;
import org.cqlshift.api.schema.SchemaDiff;
import org.cqlshift.api.schema.SchemaDriftException;

/**
 * Compares the live keyspace with the schema its applied scripts build (on a throw-away node of the cluster's
 * release), or with a schema file ({@code -Dcassandra.diffAgainst=schema.cql}); fails the build when they differ,
 * with the CQL that brings the keyspace back in line.
 */
@Mojo(name = "diff", requiresProject = false, threadSafe = true)
public class DiffMojo extends DiffParameters {

    @Override
    protected void run(CqlShift shift) {
        try {
            log(shift, shift.diff());
        } catch (SchemaDriftException e) {
            log(shift, e.diff());
            throw e;
        }
    }

    private void log(CqlShift shift, SchemaDiff diff) {
        String text = shift.configuration().format() == OutputFormat.JSON ? diff.toJson() : diff.toText();
        text.lines().forEach(getLog()::info);
    }
}
