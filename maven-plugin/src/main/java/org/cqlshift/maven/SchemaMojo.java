package org.cqlshift.maven;

import org.apache.maven.plugins.annotations.Mojo;
import org.cqlshift.api.CqlShift;
import org.cqlshift.api.schema.SchemaDocument;

/**
 * Writes the keyspace's schema as one sorted CQL file ({@code -Dcassandra.schemaOutput=schema.cql}, else the build
 * log), from the live keyspace or with {@code -Dcassandra.schemaFrom=scripts} from the scripts.
 */
@Mojo(name = "schema", requiresProject = false, threadSafe = true)
public class SchemaMojo extends SchemaParameters {

    @Override
    protected void run(CqlShift shift) {
        SchemaDocument schema = shift.schema();
        if (shift.configuration().schemaOutput().isEmpty()) {
            schema.cql().lines().forEach(getLog()::info);
        }
    }
}
