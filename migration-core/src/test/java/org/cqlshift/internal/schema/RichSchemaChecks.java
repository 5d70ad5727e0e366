package org.cqlshift.internal.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cqlshift.api.schema.Difference;
import org.cqlshift.api.schema.SchemaDiff;
import org.cqlshift.api.schema.SchemaDocument;
import org.cqlshift.api.schema.SchemaObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample scripts, and a schema with user types, functions, collections, clustering orders, SAI, a materialized
 * view, masking, a vector and dropped columns ({@code src/test/resources/schema/rich}), migrated on a real node of the
 * run's version: a fresh replay finds no difference, the schema file rebuilds the same schema, and hand changes are
 * each named.
 */
@ExtendWith(SchemaNodes.Extension.class)
abstract class RichSchemaChecks {

    static final String RICH = "schema/rich";

    @TempDir
    Path directory;

    SchemaNodes nodes;

    @BeforeEach
    void nodes(SchemaNodes schemaNodes) {
        this.nodes = schemaNodes;
    }

    SchemaTestKeyspace rich(String prefix) {
        return new SchemaTestKeyspace(nodes, directory, prefix).resourceScripts(RICH).migrate();
    }

    @Test
    void aFreshKeyspaceFromTheSampleScriptsHasNoDifference() {
        SchemaDiff diff = new SchemaTestKeyspace(nodes, directory, "sample").sampleScripts().migrate().diff();

        assertThat(diff.differences()).as(diff.toText()).isEmpty();
        assertThat(diff.toText()).contains("no difference");
    }

    @Test
    void aFreshReplayOfTheRichSchemaHasNoDifference() {
        SchemaDiff diff = rich("rich").diff();

        assertThat(diff.differences()).as(diff.toText()).isEmpty();
        assertThat(diff.headline()).endsWith(": no difference.");
    }

    @Test
    void theSchemaFileIsSortedWithoutNoiseAndRebuildsTheSameSchema() throws IOException {
        SchemaTestKeyspace keyspace = rich("file");
        SchemaDocument document = SchemaExport.fromLive(nodes.liveSession(), keyspace.name);
        String ks = keyspace.name;

        assertThat(SchemaExport.fromLive(nodes.liveSession(), ks).cql()).isEqualTo(document.cql());
        assertThat(document.cql())
                .startsWith("-- Schema of keyspace " + ks)
                .contains("CREATE KEYSPACE " + ks + " WITH replication = {'class': 'SimpleStrategy',"
                        + " 'replication_factor': '1'};")
                .contains("CREATE TYPE " + ks + ".address (\n    street text,\n    zip int,\n    city text\n);")
                .contains(") WITH CLUSTERING ORDER BY (id DESC, since ASC)\n    AND comment = 'customers, by region'\n"
                        + "    AND compaction = {'class': 'LeveledCompactionStrategy', 'max_threshold': '32',"
                        + " 'min_threshold': '4'}\n    AND gc_grace_seconds = 3600;")
                .contains("CREATE CUSTOM INDEX customer_tags ON " + ks + ".customer (values(tags)) USING"
                        + " 'StorageAttachedIndex';")
                .contains("ALTER TABLE " + ks + ".customer ADD old_home frozen<tuple<text, int>>;\n"
                        + "ALTER TABLE " + ks + ".customer DROP old_home;")
                .contains("email text MASKED WITH system.mask_inner(1, 1)")
                .contains("\"Status\" text")
                .doesNotContain("bloom_filter_fp_chance", "caching", "id = ", "memtable", "speculative_retry = '99p'");
        assertThat(document.cql().indexOf("CREATE TYPE " + ks + ".address"))
                .isLessThan(document.cql().indexOf("CREATE TYPE " + ks + ".person"));

        Path file = directory.resolve("schema.cql");
        document.writeTo(file);
        assertThat(Files.readString(file)).isEqualTo(document.cql());
        assertThat(keyspace.differ().againstFile(file, ReplaySettings.defaults()).differences()).isEmpty();

        Path renamed = directory.resolve("renamed.cql");
        Files.writeString(renamed, document.cql().replace(ks, ks + "_file"));
        SchemaDiff replayed = keyspace.differ().againstFile(renamed, nodes.replayNode());
        assertThat(replayed.differences()).as(replayed.toText()).isEmpty();
    }

    @Test
    void handChangesAreEachNamed() {
        SchemaTestKeyspace keyspace = rich("hand")
                .byHand("ALTER TABLE ${keyspace}.orders ADD coupon text")
                .byHand("ALTER TABLE ${keyspace}.events WITH gc_grace_seconds = 60")
                .byHand("DROP INDEX ${keyspace}.customer_scores")
                .byHand("CREATE INDEX orders_total ON ${keyspace}.orders (total)")
                .byHand("ALTER TYPE ${keyspace}.person ADD nickname text")
                .byHand("CREATE TABLE ${keyspace}.scratch (k int PRIMARY KEY)")
                .byHand("ALTER KEYSPACE ${keyspace} WITH replication = {'class': 'NetworkTopologyStrategy',"
                        + " 'datacenter1': 1}");
        String ks = keyspace.name;

        SchemaDiff diff = keyspace.diff();

        assertThat(diff.differences()).extracting(Difference::change, Difference::object, Difference::name)
                .containsExactly(
                        tuple(Difference.Change.CHANGED, SchemaObject.OPTION, ks + ".replication"),
                        tuple(Difference.Change.EXTRA, SchemaObject.FIELD, ks + ".person.nickname"),
                        tuple(Difference.Change.MISSING, SchemaObject.INDEX, ks + ".customer_scores"),
                        tuple(Difference.Change.CHANGED, SchemaObject.OPTION, ks + ".events.gc_grace_seconds"),
                        tuple(Difference.Change.EXTRA, SchemaObject.COLUMN, ks + ".orders.coupon"),
                        tuple(Difference.Change.EXTRA, SchemaObject.INDEX, ks + ".orders_total"),
                        tuple(Difference.Change.EXTRA, SchemaObject.TABLE, ks + ".scratch"));
        assertThat(diff.toJson()).contains("\"change\" : \"extra\"", "\"object\" : \"column\"",
                "\"fix\" : \"ALTER TABLE " + ks + ".orders DROP coupon;\"");
    }
}
