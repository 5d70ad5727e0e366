package org.cqlshift.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import com.datastax.oss.driver.api.core.config.DriverConfigLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.cqlshift.embedded.junit.CassandraExtension;
import org.junit.jupiter.api.Test;

/**
 * One directory and two versions, as a user who tries another {@code --embedded-version} in the same folder: each
 * version starts on its own data, and a Cassandra 6 node restarted on its data still takes schema changes.
 */
class VersionSwitchTest {

    private static final String CASSANDRA_5 = System.getProperty(CassandraExtension.VERSION_PROPERTY,
            CassandraArtifact.DEFAULT_VERSION);
    private static final String CASSANDRA_6 = System.getProperty("cassandra.embeddedVersion6", "6.0-alpha2");
    private static final Path DIRECTORY = Path.of("target", "embedded-version-switch");

    @Test
    void eachVersionKeepsItsOwnDataAndCassandra6RestartedOnItsDataTakesSchemaChanges() throws IOException {
        deleteRecursively(DIRECTORY);

        try (EmbeddedCassandra node = node(CASSANDRA_5).start(); CqlSession session = connect(node)) {
            session.execute("CREATE KEYSPACE five WITH replication = {'class': 'SimpleStrategy', 'replication_factor': 1}");
            session.execute("CREATE TABLE five.t (id int PRIMARY KEY, v text)");
            session.execute("INSERT INTO five.t (id, v) VALUES (1, 'from 5')");
            assertThat(node.dataDirectory()).isEqualTo(DIRECTORY.resolve("data/5.0").toAbsolutePath());
        }

        try (EmbeddedCassandra node = node(CASSANDRA_6).start(); CqlSession session = connect(node)) {
            assertThat(keyspaces(session)).doesNotContain("five");
            session.execute("CREATE KEYSPACE six WITH replication = {'class': 'SimpleStrategy', 'replication_factor': 1}");
            session.execute("CREATE TABLE six.t (id int PRIMARY KEY, v text)");
            session.execute("INSERT INTO six.t (id, v) VALUES (1, 'from 6')");
            assertThat(node.dataDirectory()).isEqualTo(DIRECTORY.resolve("data").resolve(CASSANDRA_6).toAbsolutePath());
        }

        try (EmbeddedCassandra node = node(CASSANDRA_6).start(); CqlSession session = connect(node)) {
            assertThat(session.execute("SELECT v FROM six.t WHERE id = 1").one().getString("v")).isEqualTo("from 6");
            session.execute("CREATE TABLE six.u (id int PRIMARY KEY, v text)");
            session.execute("ALTER TABLE six.t ADD w int");
            session.execute("INSERT INTO six.u (id, v) VALUES (2, 'after the restart')");
            assertThat(session.execute("SELECT v FROM six.u WHERE id = 2").one().getString("v"))
                    .isEqualTo("after the restart");
        }

        try (EmbeddedCassandra node = node(CASSANDRA_5).start(); CqlSession session = connect(node)) {
            assertThat(session.execute("SELECT v FROM five.t WHERE id = 1").one().getString("v")).isEqualTo("from 5");
            assertThat(keyspaces(session)).doesNotContain("six");
        }
    }

    private static EmbeddedCassandra node(String version) {
        return EmbeddedCassandra.builder().version(version).directory(DIRECTORY).nativePort(0).build();
    }

    private static CqlSession connect(EmbeddedCassandra node) {
        return CqlSession.builder().addContactPoint(node.contactPoint()).withLocalDatacenter(node.localDatacenter())
                .withConfigLoader(DriverConfigLoader.programmaticBuilder()
                        .withDuration(DefaultDriverOption.REQUEST_TIMEOUT, Duration.ofSeconds(30))
                        .withBoolean(DefaultDriverOption.METADATA_SCHEMA_ENABLED, false)
                        .build())
                .build();
    }

    private static List<String> keyspaces(CqlSession session) {
        return session.execute("SELECT keyspace_name FROM system_schema.keyspaces").all().stream()
                .map(row -> row.getString("keyspace_name")).toList();
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
