package org.cqlshift.internal.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import org.cqlshift.api.config.Setting;
import org.cqlshift.api.schema.Difference;
import org.cqlshift.api.schema.SchemaDiff;
import org.cqlshift.api.schema.SchemaDocument;
import org.cqlshift.api.schema.SchemaDriftException;
import org.cqlshift.api.schema.SchemaObject;
import org.cqlshift.api.schema.SchemaSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hand changes on a real node, made with plain CQL as an operator would, each named by diff with the CQL that undoes
 * it; and fresh keyspaces that diff finds no difference in.
 */
@ExtendWith(SchemaNodes.Extension.class)
class SchemaDiffTest {

    private static final String KEYSPACE = "CREATE KEYSPACE IF NOT EXISTS ${keyspace} WITH replication = ${replication};\n";
    private static final String USERS = """
            CREATE TABLE ${keyspace}.users (id uuid PRIMARY KEY, name text, email text);
            CREATE INDEX users_email ON ${keyspace}.users (email);
            CREATE TYPE ${keyspace}.address (street text, zip int);
            """;

    @TempDir
    Path directory;

    private SchemaNodes nodes;

    @BeforeEach
    void nodes(SchemaNodes schemaNodes) {
        this.nodes = schemaNodes;
    }

    private SchemaTestKeyspace users() {
        return new SchemaTestKeyspace(nodes, directory, "drift").script("1_keyspace.cql", KEYSPACE)
                .script("2_users.cql", USERS).migrate();
    }

    @Test
    void aColumnAddedByHandIsExtra() {
        SchemaTestKeyspace keyspace = users().byHand("ALTER TABLE ${keyspace}.users ADD nickname text");

        Difference difference = single(keyspace.diff());

        assertThat(difference.change()).isEqualTo(Difference.Change.EXTRA);
        assertThat(difference.object()).isEqualTo(SchemaObject.COLUMN);
        assertThat(difference.name()).isEqualTo(keyspace.name + ".users.nickname");
        assertThat(difference.live()).hasValue("text");
        assertThat(difference.fix()).hasValue("ALTER TABLE " + keyspace.name + ".users DROP nickname;");
    }

    @Test
    void aChangedTableOptionIsChanged() {
        SchemaTestKeyspace keyspace = users().byHand("ALTER TABLE ${keyspace}.users WITH gc_grace_seconds = 3600");

        Difference difference = single(keyspace.diff());

        assertThat(difference.change()).isEqualTo(Difference.Change.CHANGED);
        assertThat(difference.object()).isEqualTo(SchemaObject.OPTION);
        assertThat(difference.name()).isEqualTo(keyspace.name + ".users.gc_grace_seconds");
        assertThat(difference.expected()).hasValue("864000");
        assertThat(difference.live()).hasValue("3600");
        assertThat(difference.fix()).hasValue("ALTER TABLE " + keyspace.name + ".users WITH gc_grace_seconds = 864000;");
    }

    @Test
    void aDroppedIndexIsMissingAndAnAddedOneExtra() {
        SchemaTestKeyspace keyspace = users().byHand("DROP INDEX ${keyspace}.users_email")
                .byHand("CREATE INDEX users_name ON ${keyspace}.users (name)");

        SchemaDiff diff = keyspace.diff();

        assertThat(diff.differences()).extracting(Difference::change, Difference::object, Difference::name)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Difference.Change.MISSING, SchemaObject.INDEX,
                                keyspace.name + ".users_email"),
                        org.assertj.core.groups.Tuple.tuple(Difference.Change.EXTRA, SchemaObject.INDEX,
                                keyspace.name + ".users_name"));
        assertThat(diff.differences().get(0).fix())
                .hasValue("CREATE INDEX users_email ON " + keyspace.name + ".users (email);");
        assertThat(diff.differences().get(1).fix()).hasValue("DROP INDEX " + keyspace.name + ".users_name;");
    }

    @Test
    void aFieldAddedToATypeIsExtraAndNoCqlRemovesIt() {
        SchemaTestKeyspace keyspace = users().byHand("ALTER TYPE ${keyspace}.address ADD city text");

        Difference difference = single(keyspace.diff());

        assertThat(difference.change()).isEqualTo(Difference.Change.EXTRA);
        assertThat(difference.object()).isEqualTo(SchemaObject.FIELD);
        assertThat(difference.name()).isEqualTo(keyspace.name + ".address.city");
        assertThat(difference.fix()).isEmpty();
        assertThat(difference.note()).hasValueSatisfying(note -> assertThat(note).contains("No CQL removes a field",
                "ALTER TYPE " + keyspace.name + ".address ADD city text;"));
    }

    @Test
    void aTableCreatedByHandIsExtra() {
        SchemaTestKeyspace keyspace = users().byHand("CREATE TABLE ${keyspace}.audit (id timeuuid PRIMARY KEY, what text)");

        Difference difference = single(keyspace.diff());

        assertThat(difference.change()).isEqualTo(Difference.Change.EXTRA);
        assertThat(difference.object()).isEqualTo(SchemaObject.TABLE);
        assertThat(difference.name()).isEqualTo(keyspace.name + ".audit");
        assertThat(difference.fix()).hasValue("DROP TABLE " + keyspace.name + ".audit;");
    }

    @Test
    void aReplicationChangeIsChangedWithTheRepairToRun() {
        SchemaTestKeyspace keyspace = users().byHand("ALTER KEYSPACE ${keyspace} WITH replication ="
                + " {'class': 'NetworkTopologyStrategy', 'datacenter1': 1}");

        Difference difference = single(keyspace.diff());

        assertThat(difference.change()).isEqualTo(Difference.Change.CHANGED);
        assertThat(difference.name()).isEqualTo(keyspace.name + ".replication");
        assertThat(difference.expected()).hasValue("{'class': 'SimpleStrategy', 'replication_factor': '1'}");
        assertThat(difference.live()).hasValue("{'class': 'NetworkTopologyStrategy', 'datacenter1': '1'}");
        assertThat(difference.fix()).hasValue("ALTER KEYSPACE " + keyspace.name
                + " WITH replication = {'class': 'SimpleStrategy', 'replication_factor': '1'};");
        assertThat(difference.note()).hasValueSatisfying(note -> assertThat(note).contains("nodetool repair --full"));
    }

    @Test
    void aColumnDroppedByHandIsMissingAndRemembered() {
        SchemaTestKeyspace keyspace = users().byHand("ALTER TABLE ${keyspace}.users DROP name");

        SchemaDiff diff = keyspace.diff();

        assertThat(diff.differences()).extracting(Difference::change, Difference::object)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Difference.Change.MISSING, SchemaObject.COLUMN),
                        org.assertj.core.groups.Tuple.tuple(Difference.Change.EXTRA, SchemaObject.DROPPED_COLUMN));
        assertThat(diff.differences().get(0).fix())
                .hasValue("ALTER TABLE " + keyspace.name + ".users ADD name text;");
    }

    @Test
    void aKeyspaceCreatedByHandIsTakenAsItIsAndItsTablesCompared() {
        SchemaTestKeyspace keyspace = new SchemaTestKeyspace(nodes, directory, "byhand");
        keyspace.byHand("CREATE KEYSPACE ${keyspace} WITH replication = {'class': 'NetworkTopologyStrategy',"
                + " 'datacenter1': 1} AND durable_writes = false");
        keyspace.script("1_users.cql", "CREATE TABLE users (id uuid PRIMARY KEY, name text);\n").migrate()
                .byHand("ALTER TABLE ${keyspace}.users WITH comment = 'x'");

        Difference difference = single(keyspace.diff());

        assertThat(difference.name()).isEqualTo(keyspace.name + ".users.comment");
    }

    @Test
    void diffAndSchemaFromScriptsThroughTheJavaApiStartTheirOwnThrowAwayNode() throws Exception {
        SchemaTestKeyspace keyspace = new SchemaTestKeyspace(nodes, directory, "door").sampleScripts().migrate()
                .byHand("ALTER TABLE ${keyspace}.employee WITH comment = 'by hand'");
        Path file = directory.resolve("schema-" + keyspace.name + ".cql");

        SchemaDriftException drift = catchThrowableOfType(SchemaDriftException.class,
                () -> keyspace.configure().load().diff());
        SchemaDocument fromScripts = keyspace.configure().schemaFrom(SchemaSource.SCRIPTS).schemaOutput(file)
                .setting(Setting.EMBEDDED_VERSION, nodes.live().version()).load().schema();

        assertThat(drift.failure().exitCode()).isEqualTo(7);
        SchemaDiff diff = drift.diff();
        assertThat(diff.comparedWith()).isEqualTo("its 3 applied scripts replayed on Cassandra " + nodes.live().version());
        assertThat(single(diff).name()).isEqualTo(keyspace.name + ".employee.comment");
        assertThat(fromScripts.cql()).isEqualTo(SchemaExport.fromLive(nodes.liveSession(), keyspace.name).cql()
                .replace("\n    AND comment = 'by hand'", "").replace(") WITH comment = 'by hand';", ");"));
        assertThat(Files.readString(file)).isEqualTo(fromScripts.cql());
    }

    private static Difference single(SchemaDiff diff) {
        assertThat(diff.differences()).as(diff.toText()).hasSize(1);
        return diff.differences().get(0);
    }
}
