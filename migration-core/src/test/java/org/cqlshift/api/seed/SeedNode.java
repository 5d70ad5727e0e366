package org.cqlshift.api.seed;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import com.datastax.oss.driver.api.core.config.DriverConfigLoader;
import com.datastax.oss.driver.api.core.cql.Row;
import com.datastax.oss.driver.api.core.cql.SimpleStatement;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Consumer;
import org.cqlshift.api.CqlShift;
import org.cqlshift.api.CqlShiftBuilder;
import org.cqlshift.api.Reporter;
import org.cqlshift.embedded.EmbeddedCassandra;
import org.junit.jupiter.api.TestInfo;

/** A keyspace of its own on the shared test node, a seeds directory, and a plain session to check results. */
final class SeedNode implements AutoCloseable {

    final EmbeddedCassandra node;
    final String keyspace;
    final Path seeds;
    final CqlSession session;

    /** A node with a keyspace named after the running test method, for tests that get one each. */
    static SeedNode forTest(EmbeddedCassandra node, String prefix, TestInfo test, Path seeds) {
        String name = test.getTestMethod().orElseThrow().getName().toLowerCase();
        return new SeedNode(node, prefix + "_" + name.substring(0, Math.min(name.length(), 40)), seeds);
    }

    SeedNode(EmbeddedCassandra node, String keyspace, Path seeds) {
        this.node = node;
        this.keyspace = keyspace;
        this.seeds = seeds;
        this.session = CqlSession.builder().addContactPoint(node.contactPoint())
                .withLocalDatacenter(node.localDatacenter())
                .withConfigLoader(DriverConfigLoader.programmaticBuilder()
                        .withDuration(DefaultDriverOption.REQUEST_TIMEOUT, Duration.ofSeconds(60)).build())
                .build();
        session.execute("DROP KEYSPACE IF EXISTS " + keyspace);
        session.execute("CREATE KEYSPACE " + keyspace
                + " WITH replication = {'class': 'SimpleStrategy', 'replication_factor': 1}");
    }

    /** The keyspace's seed settings on the shared node. */
    CqlShiftBuilder configure() {
        return CqlShift.configure()
                .contactPoints(node.contactPointText())
                .localDatacenter(node.localDatacenter())
                .keyspace(keyspace)
                .seeds(seeds)
                .reporter(Reporter.SILENT);
    }

    SeedResult seed() {
        return seed(settings -> { });
    }

    /** Seeds with the settings changed as the test says. */
    SeedResult seed(Consumer<CqlShiftBuilder> settings) {
        CqlShiftBuilder builder = configure();
        settings.accept(builder);
        return builder.load().seed();
    }

    void cql(String statement) {
        session.execute(statement.replace("${ks}", keyspace));
    }

    /**
     * Counts by paging through the rows: a server-side count(*) of a large table is one long read that a busy
     * node gives up on, where each page is a short one.
     */
    long count(String table) {
        long rows = 0;
        for (Row ignored : session.execute(SimpleStatement.newInstance("SELECT * FROM " + keyspace + "." + table)
                .setPageSize(5_000))) {
            rows++;
        }
        return rows;
    }

    Path file(String name, String yaml) {
        try {
            Path file = seeds.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, yaml);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Keeps the keyspace: dropping one snapshots it, which is slow; each test has its own keyspace. */
    @Override
    public void close() {
        session.close();
    }
}
