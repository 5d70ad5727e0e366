package org.cqlshift.embedded.junit;

import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.Row;
import java.nio.file.Path;
import org.cqlshift.embedded.EmbeddedCassandra;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(CassandraExtension.class)
class CassandraExtensionTest {

    private static EmbeddedCassandra fromBeforeAll;
    private final EmbeddedCassandra fromConstructor;
    private EmbeddedCassandra fromBeforeEach;

    CassandraExtensionTest(EmbeddedCassandra node) {
        fromConstructor = node;
    }

    @BeforeAll
    static void receiveNodeOnce(EmbeddedCassandra node) {
        fromBeforeAll = node;
    }

    @BeforeEach
    void receiveNodeForEachTest(EmbeddedCassandra node) {
        fromBeforeEach = node;
    }

    @Test
    void nodeRunsTheConfiguredVersionAndAcceptsCql(EmbeddedCassandra node) {
        assertThat(node.isRunning()).isTrue();
        try (CqlSession session = CqlSession.builder()
                .addContactPoint(node.contactPoint())
                .withLocalDatacenter(node.localDatacenter())
                .build()) {
            Row local = session.execute("SELECT release_version, data_center FROM system.local").one();
            assertThat(local.getString("release_version")).isEqualTo(System.getProperty("cassandra.embeddedVersion"));
            assertThat(local.getString("data_center")).isEqualTo("datacenter1");

            session.execute("CREATE KEYSPACE IF NOT EXISTS extension_test"
                    + " WITH replication = {'class': 'SimpleStrategy', 'replication_factor': 1}");
            session.execute("CREATE TABLE IF NOT EXISTS extension_test.greeting (id int PRIMARY KEY, text text)");
            session.execute("INSERT INTO extension_test.greeting (id, text) VALUES (1, 'hello')");
            assertThat(session.execute("SELECT text FROM extension_test.greeting WHERE id = 1").one().getString("text"))
                    .isEqualTo("hello");
        }
    }

    @Test
    void constructorsAndLifecycleMethodsGetTheSameNode(EmbeddedCassandra node) {
        assertThat(fromConstructor).isSameAs(node);
        assertThat(fromBeforeAll).isSameAs(node);
        assertThat(fromBeforeEach).isSameAs(node);
        NodesSeen.record(node);
    }

    @Test
    void nodeWritesItsLogUnderTheDirectoryFromTheSystemProperty(EmbeddedCassandra node) {
        assertThat(node.directory())
                .isEqualTo(Path.of(System.getProperty("cassandra.embeddedDirectory")).toAbsolutePath().normalize());
        assertThat(node.systemLog()).startsWith(node.directory()).isRegularFile();
    }
}
