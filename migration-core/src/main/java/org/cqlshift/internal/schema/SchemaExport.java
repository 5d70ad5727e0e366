package org.cqlshift.internal.schema;

import com.datastax.oss.driver.api.core.CqlSession;
import java.util.List;
import java.util.Optional;
import org.cqlshift.api.Reporter;
import org.cqlshift.api.config.ConfigurationException;
import org.cqlshift.api.config.Setting;
import org.cqlshift.api.schema.SchemaDocument;
import org.cqlshift.internal.cql.MigrationScript;
import org.cqlshift.internal.cql.Placeholders;
import org.cqlshift.internal.session.Keyspaces;

/** {@code schema}: a keyspace's normalized schema as CQL, from the live keyspace or from the scripts. */
public final class SchemaExport {

    private SchemaExport() {
    }

    /** The live keyspace's schema; {@code keyspace} as the settings name it. */
    public static SchemaDocument fromLive(CqlSession session, String keyspace) {
        LiveKeyspace live = LiveKeyspace.read(session, Keyspaces.internalName(keyspace));
        return new SchemaDocument(live.schema().name(), "the live keyspace " + live.schema().name(),
                SchemaWriter.document(live.schema()));
    }

    /**
     * The schema every script builds, replayed in version order on a throw-away node of the settings' version (by
     * default the one {@code cqlshift-embedded} was built with); no cluster is needed.
     */
    public static SchemaDocument fromScripts(List<MigrationScript> scripts, Placeholders placeholders, String keyspace,
                                             ReplaySettings settings, Reporter reporter) {
        String operation = "schema " + Setting.SCHEMA_FROM.flag() + " scripts";
        List<ReplayStatement> statements = ReplayStatement.ofScripts(scripts, placeholders);
        if (statements.isEmpty()) {
            throw new ConfigurationException("There are no scripts to build the schema from.",
                    "Check the migrations location, or write the schema of the live keyspace instead.");
        }
        String version = settings.cassandraVersion().orElseGet(() -> ReplayNodes.defaultVersion(operation));
        try (ReplayNode node = ReplayNodes.start(operation, version, settings.javaHome(), settings.classpath(),
                reporter)) {
            KeyspaceSchema schema = new SchemaReplay(node, reporter).replay(
                    Optional.of(Keyspaces.internalName(keyspace)), statements);
            return new SchemaDocument(schema.name(), "the scripts replayed on Cassandra " + version,
                    SchemaWriter.document(schema));
        }
    }
}
