package org.cqlshift.api.migration;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import com.datastax.oss.driver.api.core.config.DriverConfigLoader;
import java.io.IOException;
import java.time.Duration;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.cqlshift.api.CqlShift;
import org.cqlshift.api.CqlShiftBuilder;
import org.cqlshift.api.Reporter;
import org.cqlshift.embedded.EmbeddedCassandra;

/** A fresh keyspace name and a scripts directory for one test, against the shared embedded node. */
final class TestKeyspace {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    final String name;
    final Path scripts;
    final EmbeddedCassandra node;
    final List<String> messages = new ArrayList<>();
    final Reporter reporter = new Reporter() {
        @Override
        public void info(String message) {
            record(message);
        }

        @Override
        public void warn(String message) {
            record("WARNING: " + message);
        }

        @Override
        public void debug(String message) {
        }
    };

    TestKeyspace(EmbeddedCassandra node, Path directory, String prefix) {
        this.node = node;
        this.name = prefix + "_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
        this.scripts = directory.resolve("migrations");
        try {
            Files.createDirectories(scripts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A session with the driver's defaults, as an application or cassandra-migration would open it. */
    static CqlSession plainSession(EmbeddedCassandra node) {
        return CqlSession.builder()
                .withConfigLoader(DriverConfigLoader.programmaticBuilder()
                        .withDuration(DefaultDriverOption.REQUEST_TIMEOUT, Duration.ofSeconds(30)).build())
                .addContactPoint(node.contactPoint())
                .withLocalDatacenter(node.localDatacenter())
                .build();
    }

    private synchronized void record(String message) {
        messages.add(message);
    }

    synchronized String output() {
        return String.join("\n", messages);
    }

    TestKeyspace script(String fileName, String content) {
        try {
            Files.writeString(scripts.resolve(fileName), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    TestKeyspace keyspaceScript() {
        return script("1_create_keyspace.cql",
                "CREATE KEYSPACE IF NOT EXISTS ${keyspace} WITH replication = ${replication};\n");
    }

    TestKeyspace sampleScripts() {
        try {
            for (String file : List.of("1_create_keyspace.cql", "2_create_users.cql", "3_create_employee.cql")) {
                Files.copy(Path.of("..", "migrations", file), scripts.resolve(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    void delete(String fileName) {
        try {
            Files.delete(scripts.resolve(fileName));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The keyspace's settings on the shared node, reporting to {@link #messages}. */
    CqlShiftBuilder configure() {
        return CqlShift.configure()
                .contactPoints(node.contactPointText())
                .localDatacenter(node.localDatacenter())
                .keyspace(name)
                .migrations(scripts)
                .reporter(reporter);
    }

    CqlShift shift() {
        return configure().load();
    }

    MigrationResult migrate() {
        return shift().migrate();
    }

    MigrationInfo info() {
        return shift().info();
    }

    MigrationInfo validate() {
        return shift().validate();
    }
}
