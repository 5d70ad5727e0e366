package org.cqlshift.api.migration;

import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.CqlSession;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.cqlshift.api.CqlShift;
import org.cqlshift.embedded.EmbeddedCassandra;
import org.cqlshift.embedded.junit.CassandraExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(CassandraExtension.class)
class ConcurrentMigrationTest {

    private static final int RUNNERS = 5;
    private static final int SCRIPTS = 10;

    @Test
    void fiveMigratorsStartedTogetherApplyEachScriptOnceAndAllSucceed(EmbeddedCassandra node, @TempDir Path directory)
            throws Exception {
        TestKeyspace keyspace = new TestKeyspace(node, directory, "conc").keyspaceScript()
                .script("2_tables.cql", """
                        CREATE TABLE wide (id int PRIMARY KEY);
                        CREATE TABLE runs (id int PRIMARY KEY, n counter);
                        """);
        for (int i = 3; i < 3 + SCRIPTS; i++) {
            // Neither statement can run twice unnoticed: the ALTER fails, the counter goes past 10.
            keyspace.script(i + "_add_c" + i + ".cql",
                    "ALTER TABLE wide ADD c" + i + " int;\nUPDATE runs SET n = n + 1 WHERE id = 1;\n");
        }
        CyclicBarrier start = new CyclicBarrier(RUNNERS);
        ExecutorService pool = Executors.newFixedThreadPool(RUNNERS);
        List<Future<MigrationResult>> results = new ArrayList<>();
        try {
            for (int r = 0; r < RUNNERS; r++) {
                CqlShift shift = keyspace.shift();
                results.add(pool.submit(() -> {
                    start.await();
                    return shift.migrate();
                }));
            }
            int applied = 0;
            for (Future<MigrationResult> result : results) {
                applied += result.get().applied().size();
            }
            assertThat(applied).isEqualTo(SCRIPTS + 2);
        } finally {
            pool.shutdownNow();
        }

        try (CqlSession session = TestKeyspace.plainSession(node)) {
            assertThat(session.execute("SELECT n FROM " + keyspace.name + ".runs WHERE id = 1").one().getLong("n"))
                    .isEqualTo(SCRIPTS);
            assertThat(session.execute("SELECT count(*) FROM " + keyspace.name
                    + ".schema_migration WHERE applied_successful = true").one().getLong(0)).isEqualTo(SCRIPTS + 2);
        }
        assertThat(keyspace.output()).contains("Waiting for the migration lock held by ");
    }
}
