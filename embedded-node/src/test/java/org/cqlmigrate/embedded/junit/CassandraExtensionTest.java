package org.cqlmigrate.embedded.junit;

import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.Row;
import org.cqlmigrate.embedded.EmbeddedCassandra;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(CassandraExtension.class)
class CassandraExtensionTest {

    private static EmbeddedCassandra startedBeforeAll;

    @BeforeAll
    static void receiveNode(EmbeddedCassandra node) {
        startedBeforeAll = node;
    }

    @Test
    void nodeRunsTheConfiguredVersionAndAcceptsCql(EmbeddedCassandra node) {
        assertThat(node).isSameAs(startedBeforeAll);
        assertThat(node.isRunning()).isTrue();
        try (CqlSession session = CqlSession.builder()
                .addContactPoint(node.contactPoint())
                .withLocalDatacenter(node.localDatacenter())
                .build()) {
            Row local = session.execute("SELECT release_version, data_center FROM system.local").one();
            assertThat(local.getString("release_version")).isEqualTo(System.getProperty("cqlmigrate.embedded.version"));
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
    void nodeWritesItsLogUnderItsDirectory(EmbeddedCassandra node) {
        assertThat(node.systemLog()).startsWith(node.directory()).isRegularFile();
        assertThat(node.directory()).isEqualTo(
                java.nio.file.Path.of(System.getProperty("cqlmigrate.embedded.dir")).toAbsolutePath().normalize());
    }
}
