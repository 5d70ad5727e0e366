package org.cqlshift.api.compat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.datastax.oss.driver.api.core.CqlSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.cqlshift.api.CqlShift;
import org.cqlshift.api.ErrorReport;
import org.cqlshift.api.Failure;
import org.cqlshift.api.migration.StatementFailedException;
import org.cqlshift.embedded.CassandraArtifact;
import org.cqlshift.embedded.EmbeddedCassandra;
import org.cqlshift.embedded.junit.CassandraExtension;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Cassandra 6 node started on a Cassandra 5 node's files, an upgrade in place whose cluster metadata service was
 * never initialised: it refuses every schema change, and the errors say so instead of blaming the statement.
 */
@Tag("cassandra6")
class GossipModeClusterTest {

    private static final String CASSANDRA_6 = System.getProperty(CassandraExtension.VERSION_PROPERTY);

    @Test
    void schemaChangesRefusedInGossipModeAreTheClustersFaultNotTheScripts(@TempDir Path work) throws Exception {
        Path fiveData;
        try (EmbeddedCassandra five = EmbeddedCassandra.builder().version(CassandraArtifact.DEFAULT_VERSION)
                .directory(work.resolve("five")).nativePort(0).build().start();
             CqlSession session = CqlSession.builder().addContactPoint(five.contactPoint())
                     .withLocalDatacenter(five.localDatacenter()).build()) {
            session.execute("CREATE KEYSPACE legacy WITH replication = {'class': 'SimpleStrategy', 'replication_factor': 1}");
            fiveData = five.dataDirectory();
        }
        EmbeddedCassandra.Builder upgraded = EmbeddedCassandra.builder().version(CASSANDRA_6)
                .directory(work.resolve("six")).nativePort(0);
        // The 5.0 node's storage entries, as they appear in its cassandra.yaml.
        for (Map.Entry<String, String> entry : Map.of("data_file_directories", "data", "commitlog_directory",
                "commitlog", "saved_caches_directory", "saved_caches", "hints_directory", "hints",
                "cdc_raw_directory", "cdc_raw").entrySet()) {
            String path = "'" + fiveData.resolve(entry.getValue()) + "'";
            upgraded.yamlEntry(entry.getKey(), entry.getKey().equals("data_file_directories") ? "[" + path + "]" : path);
        }
        Path migrations = Files.createDirectories(work.resolve("migrations"));
        Files.writeString(migrations.resolve("1_create_keyspace.cql"),
                "CREATE KEYSPACE IF NOT EXISTS ${keyspace} WITH replication = ${replication};\n");

        try (EmbeddedCassandra six = upgraded.build().start()) {
            CqlShift shift = CqlShift.configure().contactPoints(six.contactPointText()).keyspace("gossip")
                    .migrations(migrations).load();

            assertThatThrownBy(shift::migrate).isInstanceOfSatisfying(StatementFailedException.class, error -> {
                assertThat(error.getMessage()).contains("1_create_keyspace.cql", "accepts no schema change",
                        "runs in gossip mode", "Can't commit transformations");
                assertThat(error.suggestion()).hasValueSatisfying(suggestion -> assertThat(suggestion)
                        .contains("Nothing is wrong with the statement", "nodetool cms initialize")
                        .doesNotContain("Fix"));
            });

            // A keyspace of its 5.0 days, without cqlshift's tables yet: creating them is refused too.
            CqlShift inLegacy = CqlShift.configure().contactPoints(six.contactPointText()).keyspace("legacy")
                    .migrations(migrations).load();
            ErrorReport report = ErrorReport.of(catchThrowable(inLegacy::migrate));
            assertThat(report.failure()).contains(Failure.UNREACHABLE);
            assertThat(report.message()).contains("accepts no schema change");
            assertThat(report.suggestion()).hasValueSatisfying(s -> assertThat(s).contains("nodetool cms initialize"));
        }
    }
}
