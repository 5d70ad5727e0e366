package org.cqlshift.runner;

import org.cqlshift.api.CqlShift;
import org.cqlshift.api.config.Configuration;
import org.cqlshift.api.schema.SchemaDocument;
import picocli.CommandLine.Command;

@Command(name = "schema", mixinStandardHelpOptions = true,
        description = {"Write the keyspace's schema as one sorted CQL file (--schema-output FILE, else standard"
                + " output), from the live keyspace or, with --schema-from scripts, from the scripts replayed on a"
                + " throw-away node."})
final class SchemaCommand extends ConnectedCommand {

    @Override
    protected boolean writesDocumentToStandardOutput(Configuration configuration) {
        return configuration.schemaOutput().isEmpty();
    }

    @Override
    protected void run(CqlShift shift) {
        SchemaDocument schema = shift.schema();
        if (shift.configuration().schemaOutput().isEmpty()) {
            root.out().print(schema.cql());
            root.out().flush();
        }
    }
}
