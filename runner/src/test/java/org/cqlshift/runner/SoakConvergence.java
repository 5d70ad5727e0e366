package org.cqlshift.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.datastax.oss.driver.api.core.ConsistencyLevel;
import com.datastax.oss.driver.api.core.CqlIdentifier;
import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.Row;
import com.datastax.oss.driver.api.core.cql.SimpleStatement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.TreeSet;
import org.cqlshift.internal.schema.KeyspaceSchema;
import org.cqlshift.internal.schema.SchemaComparison;
import org.cqlshift.internal.schema.SchemaReader;
import org.cqlshift.internal.session.ToolTables;

/**
 * What a keyspace must look like once a clean run has finished after any faults: the schema of a keyspace migrated
 * once without faults, every script recorded once as applied with the same details, nothing repaired, every seed
 * file recorded once, exactly the rows the seed files and scripts hold, and the lock free. It compares through the project's schema model
 * ({@link SchemaReader}, {@link SchemaComparison}) and reads the tool's tables at QUORUM, as the tool does.
 */
final class SoakConvergence {

    private final CqlSession session;
    private final SchemaReader reader;
    private final Snapshot reference;

    /** The state of a keyspace: its normalized schema and the tool's records, without times and hosts. */
    private record Snapshot(KeyspaceSchema schema, Map<Integer, String> history, Map<Integer, String> details,
                            Map<String, String> seeds) {
    }

    SoakConvergence(CqlSession session, String referenceKeyspace) {
        this.session = session;
        this.reader = SchemaReader.of(session);
        awaitSchemaAgreement();
        this.reference = snapshot(referenceKeyspace);
        assertThat(reference.history()).as("the reference run's history").hasSize(SoakProject.SCRIPTS);
        assertThat(reference.seeds()).as("the reference run's seed history").hasSize(SoakProject.SEED_FILES.size());
    }

    /** Fails, naming what differs, unless the keyspace converged to the reference. */
    void assertConverged(String keyspace) {
        awaitSchemaAgreement();
        Snapshot live = snapshot(keyspace);
        assertThat(SchemaComparison.compare(reference.schema().named(keyspace), live.schema(), reader.line()))
                .as("schema differences from the reference keyspace").isEmpty();
        assertThat(live.schema()).as("normalized schema").isEqualTo(reference.schema().named(keyspace));
        assertThat(live.history()).as("schema_migration: every script once, applied").isEqualTo(reference.history());
        assertThat(live.details()).as(ToolTables.MIGRATION_DETAILS).isEqualTo(reference.details());
        assertThat(rows("SELECT version FROM %s." + ToolTables.MIGRATION_REPAIRS, keyspace))
                .as("repairs: none, ever").isEmpty();
        assertThat(live.seeds()).as("seed_history: every file once").isEqualTo(reference.seeds());
        SoakProject.expectedKeys().forEach((table, keys) -> assertRows(keyspace, table, keys));
        assertThat(rows("SELECT keyspace_name, leader_hostname FROM %s." + ToolTables.MIGRATION_LOCK, keyspace))
                .as("the migration lock is free").isEmpty();
    }

    private Snapshot snapshot(String keyspace) {
        KeyspaceSchema schema = reader.read(keyspace)
                .orElseThrow(() -> new AssertionError("keyspace " + keyspace + " does not exist"));
        Map<Integer, String> history = new TreeMap<>();
        for (Row row : rows("SELECT applied_successful, version, script_name, script FROM %s."
                + ToolTables.MIGRATION_HISTORY, keyspace)) {
            String previous = history.put(row.getInt("version"), row.getBoolean("applied_successful") + " "
                    + row.getString("script_name") + " " + row.getString("script"));
            assertThat(previous).as("version " + row.getInt("version") + " recorded twice in " + keyspace).isNull();
        }
        Map<Integer, String> details = new TreeMap<>();
        for (Row row : rows("SELECT version, script_name, kind, checksum, statement_checksums, statements_total,"
                + " failed_statement, failure FROM %s." + ToolTables.MIGRATION_DETAILS, keyspace)) {
            List<String> done = row.getList("statement_checksums", String.class);
            details.put(row.getInt("version"), String.join(" ", row.getString("script_name"), row.getString("kind"),
                    row.getString("checksum"), String.valueOf(done), String.valueOf(row.getInt("statements_total")),
                    String.valueOf(row.isNull("failed_statement") ? null : row.getInt("failed_statement")),
                    String.valueOf(row.getString("failure"))));
        }
        Map<String, String> seeds = new TreeMap<>();
        for (Row row : rows("SELECT file, checksum, rows, mode FROM %s." + ToolTables.SEED_HISTORY, keyspace)) {
            seeds.put(row.getString("file"), row.getString("checksum") + " " + row.getLong("rows") + " "
                    + row.getString("mode"));
        }
        return new Snapshot(schema, history, details, seeds);
    }

    /**
     * Reads every primary key of the table rather than counting, so that a difference names its rows: a key read
     * twice points at the read path, a key the project never wrote at a write.
     */
    private void assertRows(String keyspace, String table, Set<String> expected) {
        List<String> keyColumns = primaryKey(keyspace, table);
        Map<String, Integer> timesRead = new TreeMap<>();
        for (Row row : rows("SELECT " + String.join(", ", keyColumns) + " FROM %s." + table, keyspace)) {
            StringJoiner key = new StringJoiner(":");
            for (int i = 0; i < keyColumns.size(); i++) {
                key.add(String.valueOf(row.getObject(i)));
            }
            timesRead.merge(key.toString(), 1, Integer::sum);
        }
        Set<String> unexpected = new TreeSet<>(timesRead.keySet());
        unexpected.removeAll(expected);
        Set<String> missing = new TreeSet<>(expected);
        missing.removeAll(timesRead.keySet());
        Map<String, Integer> repeated = new TreeMap<>(timesRead);
        repeated.values().removeIf(times -> times == 1);
        assertThat(List.of(unexpected, missing, repeated)).as("rows of " + keyspace + "." + table
                + ": [keys never written, keys missing, keys read more than once]")
                .isEqualTo(List.of(Set.of(), Set.of(), Map.of()));
    }

    /**
     * The key columns in order, partition key first, read from the schema tables: the driver's metadata of this
     * session can lag behind a keyspace another process has just created.
     */
    private List<String> primaryKey(String keyspace, String table) {
        Map<String, String> byPosition = new TreeMap<>();
        for (Row row : session.execute(SimpleStatement.newInstance("SELECT column_name, kind, position FROM"
                + " system_schema.columns WHERE keyspace_name = ? AND table_name = ?", keyspace, table))) {
            String kind = row.getString("kind");
            if (kind.equals("partition_key") || kind.equals("clustering")) {
                byPosition.put((kind.equals("partition_key") ? "0:" : "1:") + row.getInt("position"),
                        CqlIdentifier.fromInternal(row.getString("column_name")).asCql(true));
            }
        }
        assertThat(byPosition).as("key columns of " + keyspace + "." + table).isNotEmpty();
        return List.copyOf(byPosition.values());
    }

    private List<Row> rows(String query, String keyspace) {
        return session.execute(SimpleStatement.newInstance(String.format(query, keyspace))
                .setConsistencyLevel(ConsistencyLevel.QUORUM)).all();
    }

    /** A node back from a stop or a freeze pulls the schema it missed; the comparison waits for that. */
    private void awaitSchemaAgreement() {
        await("schema agreement").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1))
                .ignoreExceptions().until(session::checkSchemaAgreement);
    }
}
