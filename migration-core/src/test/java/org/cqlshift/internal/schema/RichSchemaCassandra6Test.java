package org.cqlshift.internal.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.cqlshift.api.Reporter;
import org.cqlshift.api.schema.SchemaDiff;
import org.cqlshift.embedded.CassandraArtifact;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The rich schema on Cassandra 6 nodes (surefire execution {@code cassandra-6}); the same scripts replayed on 6.0 and
 * on 5.0 give the same schema; and what 6.0 keeps outside the schema tables, constraints and the transactional
 * mode, is part of it.
 */
@Tag("cassandra6")
class RichSchemaCassandra6Test extends RichSchemaChecks {

    @Test
    void theSameScriptsReplayedOnCassandra5And6GiveTheSameSchema() {
        SchemaTestKeyspace keyspace = new SchemaTestKeyspace(nodes, directory, "versions").resourceScripts(RICH);
        List<ReplayStatement> statements = ReplayStatement.ofScripts(keyspace.discovered(), keyspace.placeholders());

        KeyspaceSchema on6 = new SchemaReplay(nodes.replayNode(), Reporter.SILENT)
                .replay(Optional.of(keyspace.name), statements);
        KeyspaceSchema on5;
        try (ReplayNode node = ReplayNodes.start("test", CassandraArtifact.DEFAULT_VERSION, Optional.empty(), null,
                Reporter.SILENT)) {
            on5 = new SchemaReplay(node, Reporter.SILENT).replay(Optional.of(keyspace.name), statements);
        }

        assertThat(SchemaComparison.compare(on5, on6, CassandraLine.CASSANDRA_6_0)).isEmpty();
        assertThat(SchemaComparison.compare(on6, on5, CassandraLine.CASSANDRA_5_0)).isEmpty();
        assertThat(SchemaWriter.document(on6)).isEqualTo(SchemaWriter.document(on5));
    }

    @Test
    void constraintsAndTheTransactionalModeArePartOfTheSchema() throws IOException {
        SchemaTestKeyspace keyspace = new SchemaTestKeyspace(nodes, directory, "accord")
                .script("1_create_keyspace.cql", "CREATE KEYSPACE IF NOT EXISTS ${keyspace} WITH replication = ${replication};")
                .script("2_accounts.cql", "CREATE TABLE ${keyspace}.accounts (id int PRIMARY KEY, balance int CHECK"
                        + " balance >= 0) WITH transactional_mode = 'full';")
                .migrate();
        String cql = SchemaExport.fromLive(nodes.liveSession(), keyspace.name).cql();

        assertThat(cql).contains("balance int CHECK balance >= 0", "transactional_mode = 'full'");
        assertThat(keyspace.diff().differences()).isEmpty();

        Path renamed = directory.resolve("accord.cql");
        Files.writeString(renamed, cql.replace(keyspace.name, keyspace.name + "_file"));
        SchemaDiff replayed = keyspace.differ().againstFile(renamed, nodes.replayNode());
        assertThat(replayed.differences()).as(replayed.toText()).isEmpty();
    }
}
