package org.cqlshift.internal.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cqlshift.api.schema.Difference;
import org.cqlshift.api.schema.SchemaDiff;
import org.cqlshift.api.schema.SchemaDriftException;
import org.cqlshift.api.schema.SchemaObject;
import org.cqlshift.api.Failure;
import org.junit.jupiter.api.Test;

/** The comparison and the writer on hand-built schemas: pure logic, no node. */
class SchemaComparisonTest {

    private static final Map<String, String> SIMPLE = Map.of("class", "SimpleStrategy", "replication_factor", "1");

    private static TableSchema table(String name, List<ColumnSchema> columns, Map<String, String> options) {
        return new TableSchema(name, columns, options, CompactStorage.NONE, List.of(), Map.of(), Map.of());
    }

    private static KeyspaceSchema keyspace(String name, Map<String, String> replication, TableSchema... tables) {
        Map<String, TableSchema> byName = new java.util.TreeMap<>();
        for (TableSchema table : tables) {
            byName.put(table.name(), table);
        }
        return new KeyspaceSchema(name, replication, true, Map.of(), Map.of(), Map.of(), Map.of(), byName, Map.of());
    }

    private static final List<ColumnSchema> EVENTS = List.of(
            ColumnSchema.of("day", "date", ColumnKind.PARTITION_KEY, 0, "none"),
            ColumnSchema.of("at", "timeuuid", ColumnKind.CLUSTERING, 0, "desc"),
            ColumnSchema.of("kind", "text", ColumnKind.REGULAR, -1, "none"));

    @Test
    void anOptionAtItsDefaultEqualsAnUnsetOne() {
        KeyspaceSchema expected = keyspace("app", SIMPLE, table("events", EVENTS, Map.of()));
        KeyspaceSchema live = keyspace("app", SIMPLE, table("events", EVENTS, Map.of("gc_grace_seconds", "864000",
                "cdc", "false")));

        assertThat(SchemaComparison.compare(expected, live, CassandraLine.CASSANDRA_5_0)).isEmpty();
    }

    @Test
    void anOptionSetOnOneSideOnlyIsChangedAgainstTheReleaseDefault() {
        KeyspaceSchema expected = keyspace("app", SIMPLE, table("events", EVENTS, Map.of()));
        KeyspaceSchema live = keyspace("app", SIMPLE, table("events", EVENTS, Map.of("default_time_to_live", "60")));

        Difference difference = SchemaComparison.compare(expected, live, CassandraLine.CASSANDRA_5_0).get(0);

        assertThat(difference.expected()).hasValue("0");
        assertThat(difference.live()).hasValue("60");
        assertThat(difference.fix()).hasValue("ALTER TABLE app.events WITH default_time_to_live = 0;");
    }

    @Test
    void aChangedClusteringOrderHasNoFixButTheCopyTableRecipe() {
        List<ColumnSchema> ascending = List.of(EVENTS.get(0),
                ColumnSchema.of("at", "timeuuid", ColumnKind.CLUSTERING, 0, "asc"), EVENTS.get(2));
        List<Difference> differences = SchemaComparison.compare(keyspace("app", SIMPLE, table("events", EVENTS,
                Map.of())), keyspace("app", SIMPLE, table("events", ascending, Map.of())), CassandraLine.CASSANDRA_5_0);

        assertThat(differences).singleElement().satisfies(difference -> {
            assertThat(difference.object()).isEqualTo(SchemaObject.COLUMN);
            assertThat(difference.expected()).hasValue("timeuuid, clustering column 1 DESC");
            assertThat(difference.live()).hasValue("timeuuid, clustering column 1 ASC");
            assertThat(difference.fix()).isEmpty();
            assertThat(difference.note()).hasValue(TableComparison.COPY_TABLE_RECIPE);
        });
    }

    @Test
    void networkTopologyWithReplicationFactorEqualsItsExpansionPerDatacenter() {
        Map<String, String> shorthand = Map.of("class", "NetworkTopologyStrategy", "replication_factor", "3");
        Map<String, String> expanded = Map.of("class", "NetworkTopologyStrategy", "dc1", "3", "dc2", "3");

        assertThat(SchemaComparison.sameReplication(shorthand, expanded)).isTrue();
        assertThat(SchemaComparison.sameReplication(shorthand, Map.of("class", "NetworkTopologyStrategy", "dc1", "3",
                "dc2", "2"))).isFalse();
        assertThat(SchemaComparison.sameReplication(SIMPLE, expanded)).isFalse();
    }

    @Test
    void theKeyspaceNameOfTheExpectedSchemaDoesNotMatterAndFixesNameTheLiveOne() {
        KeyspaceSchema expected = keyspace("from_file", SIMPLE, table("events", EVENTS, Map.of()));
        KeyspaceSchema live = keyspace("app", SIMPLE);

        Difference difference = SchemaComparison.compare(expected.named("app"), live, CassandraLine.CASSANDRA_5_0).get(0);

        assertThat(difference.summary()).isEqualTo("missing table app.events");
        assertThat(difference.fix()).hasValueSatisfying(fix -> assertThat(fix).startsWith("CREATE TABLE app.events ("));
    }

    @Test
    void theWriterQuotesNamesWritesDroppedColumnsAsAddAndDropAndCompactTablesAsCqlShowsThem() {
        TableSchema users = new TableSchema("Users", List.of(
                ColumnSchema.of("id", "uuid", ColumnKind.PARTITION_KEY, 0, "none"),
                ColumnSchema.of("Name", "text", ColumnKind.REGULAR, -1, "none"),
                ColumnSchema.of("flag", "boolean", ColumnKind.REGULAR, -1, "none")),
                Map.of("comment", "'it''s'"), CompactStorage.NONE,
                List.of(new DroppedColumn("old", "frozen<tuple<text, int>>", ColumnKind.REGULAR),
                        new DroppedColumn("flag", "boolean", ColumnKind.REGULAR)),
                Map.of(), Map.of());
        TableSchema compact = new TableSchema("legacy", List.of(
                ColumnSchema.of("k", "int", ColumnKind.PARTITION_KEY, 0, "none"),
                ColumnSchema.of("column1", "text", ColumnKind.CLUSTERING, 0, "asc"),
                ColumnSchema.of("v", "int", ColumnKind.STATIC, -1, "none"),
                ColumnSchema.of("value", "blob", ColumnKind.REGULAR, -1, "none")),
                Map.of(), CompactStorage.STATIC, List.of(), Map.of(), Map.of());

        String cql = SchemaWriter.document(keyspace("app", SIMPLE, users, compact));

        assertThat(cql).contains("CREATE TABLE app.\"Users\" (\n    id uuid,\n    \"Name\" text,\n    PRIMARY KEY (id)\n)"
                        + " WITH comment = 'it''s';\n\n"
                        + "ALTER TABLE app.\"Users\" ADD flag boolean;\nALTER TABLE app.\"Users\" DROP flag;\n\n"
                        + "ALTER TABLE app.\"Users\" ADD old frozen<tuple<text, int>>;\nALTER TABLE app.\"Users\" DROP old;\n\n"
                        + "ALTER TABLE app.\"Users\" ADD flag boolean;")
                .contains("CREATE TABLE app.legacy (\n    k int,\n    v int,\n    PRIMARY KEY (k)\n) WITH COMPACT STORAGE;");
    }

    @Test
    void aDiffWithDifferencesThrowsWithItsKindAndTheirSummaries() {
        SchemaDiff diff = new SchemaDiff("app", "the scripts", SchemaComparison.compare(
                keyspace("app", SIMPLE), keyspace("app", SIMPLE, table("events", EVENTS, Map.of())),
                CassandraLine.CASSANDRA_5_0));

        assertThat(diff.toText()).contains("Keyspace app differs from the scripts: 1 difference.",
                "  extra table app.events", "    fix: DROP TABLE app.events;", "    note: Dropping the table");
        try {
            diff.requireNoDifference();
            throw new AssertionError("expected a SchemaDriftException");
        } catch (SchemaDriftException e) {
            assertThat(e.failure()).isEqualTo(Failure.SCHEMA_DRIFT);
            assertThat(e.failure().exitCode()).isEqualTo(7);
            assertThat(e.getMessage()).contains("  - extra table app.events");
            assertThat(e.diff()).isSameAs(diff);
        }
        assertThat(new SchemaDiff("app", "x", List.of()).requireNoDifference().hasDifferences()).isFalse();
    }

    @Test
    void releaseLinesKnowTheirOptionsClassesAndDefaults() {
        assertThat(CassandraLine.of("4.0.11")).isEqualTo(CassandraLine.CASSANDRA_4_1);
        assertThat(CassandraLine.of("5.0.9")).isEqualTo(CassandraLine.CASSANDRA_5_0);
        assertThat(CassandraLine.of("6.0-alpha2")).isEqualTo(CassandraLine.CASSANDRA_6_0);
        assertThat(CassandraLine.CASSANDRA_4_1.tableDefaults()).containsKey("memtable")
                .doesNotContainKeys("allow_auto_snapshot", "incremental_backups", "transactional_mode");
        assertThat(CassandraLine.CASSANDRA_6_0.tableDefaults()).containsEntry("transactional_mode", "'off'")
                .containsEntry("fast_path", "{'kind': 'INHERIT_KEYSPACE'}");
        assertThat(CassandraLine.CASSANDRA_5_0.tableDefault("bloom_filter_fp_chance",
                "{'class': 'LeveledCompactionStrategy', 'max_threshold': '32', 'min_threshold': '4'}")).hasValue("0.1");
        assertThat(CassandraLine.CASSANDRA_5_0.tableDefault("bloom_filter_fp_chance", null)).hasValue("0.01");
        assertThat(CassandraLine.CASSANDRA_4_1.compactionStrategies()).contains("DateTieredCompactionStrategy")
                .doesNotContain("UnifiedCompactionStrategy");
        assertThat(CassandraLine.CASSANDRA_4_1.replayNodeSettings()).doesNotContainKey("dynamic_data_masking_enabled");
        assertThat(CassandraLine.indexClass("sai")).isEqualTo(CassandraLine.indexClass(
                "org.apache.cassandra.index.sai.StorageAttachedIndex"));
        assertThat(CassandraLine.removedIn("read_repair_chance")).hasValue("4.0");
        assertThat(Optional.of(CassandraLine.CASSANDRA_5_0)).isEqualTo(CassandraLine.firstWithTableOption("allow_auto_snapshot"));
    }
}
