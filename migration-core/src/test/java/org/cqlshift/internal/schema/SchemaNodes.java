package org.cqlshift.internal.schema;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import com.datastax.oss.driver.api.core.config.DriverConfigLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.cqlshift.embedded.CassandraArtifact;
import org.cqlshift.embedded.EmbeddedCassandra;
import org.cqlshift.embedded.junit.CassandraExtension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Two nodes of the run's Cassandra version for the schema tests, started on first use and shared by the test
 * classes of the JVM: a "live" one that the tests migrate and change by hand, and a "replay" one that builds the
 * expected schemas, a fresh keyspace name per test. Both have the features a replay node switches on (materialized
 * views, SASI, functions, masking), so the live one can hold every kind of object.
 */
public final class SchemaNodes implements ExtensionContext.Store.CloseableResource {

    private static final AtomicInteger KEYSPACES = new AtomicInteger();
    /** Generous: a shared build machine under load took more than the default 120 s to start a node. */
    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(300);

    private final EmbeddedCassandra live;
    private final EmbeddedCassandra replay;
    private final CqlSession liveSession;
    private final ReplayNode replayNode;

    private SchemaNodes(String version) {
        Path directory = Path.of("target", "schema-nodes", version);
        live = start(version, directory.resolve("live"));
        replay = start(version, directory.resolve("replay"));
        liveSession = session(live);
        CqlSession replaySession = session(replay);
        replayNode = new ReplayNode() {
            @Override
            public CqlSession session() {
                return replaySession;
            }

            @Override
            public String version() {
                return replay.version();
            }

            @Override
            public void close() {
                // Shared by the tests; closed with the nodes.
            }
        };
    }

    /** The run's version: the surefire execution's, as the shared node of {@link CassandraExtension} has it. */
    public static String version() {
        return System.getProperty(CassandraExtension.VERSION_PROPERTY, CassandraArtifact.DEFAULT_VERSION);
    }

    /** Each run starts on empty nodes: a node restarted on the data of earlier runs only starts slower. */
    private static EmbeddedCassandra start(String version, Path directory) {
        deleteData(directory.resolve("data"));
        EmbeddedCassandra.Builder builder = EmbeddedCassandra.builder().version(version).directory(directory)
                .nativePort(0).heap("768m").startupTimeout(STARTUP_TIMEOUT);
        CassandraLine.of(version).replayNodeSettings().forEach(builder::yamlEntry);
        return builder.build().start();
    }

    private static void deleteData(Path data) {
        if (!Files.exists(data)) {
            return;
        }
        try (Stream<Path> files = Files.walk(data)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot empty the test node's data directory " + data, e);
        }
    }

    static CqlSession session(EmbeddedCassandra node) {
        return CqlSession.builder().addContactPoint(node.contactPoint()).withLocalDatacenter(node.localDatacenter())
                .withConfigLoader(DriverConfigLoader.programmaticBuilder()
                        .withDuration(DefaultDriverOption.REQUEST_TIMEOUT, Duration.ofSeconds(60))
                        .withString(DefaultDriverOption.REQUEST_CONSISTENCY, "ONE")
                        .withBoolean(DefaultDriverOption.METADATA_SCHEMA_ENABLED, false)
                        .withStringList(DefaultDriverOption.METADATA_SCHEMA_REFRESHED_KEYSPACES, List.of())
                        .build())
                .build();
    }

    /** A keyspace name no other test uses. */
    public static String keyspace(String prefix) {
        return prefix + "_" + ProcessHandle.current().pid() + "_" + KEYSPACES.incrementAndGet();
    }

    public EmbeddedCassandra live() {
        return live;
    }

    public CqlSession liveSession() {
        return liveSession;
    }

    public ReplayNode replayNode() {
        return replayNode;
    }

    /** Gives a test a {@link SchemaNodes} parameter; the nodes start once per test JVM and stop when it ends. */
    public static final class Extension implements ParameterResolver {
        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == SchemaNodes.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            return context.getRoot().getStore(ExtensionContext.Namespace.create(SchemaNodes.class))
                    .getOrComputeIfAbsent(SchemaNodes.class, key -> new SchemaNodes(version()), SchemaNodes.class);
        }
    }

    @Override
    public void close() {
        try {
            liveSession.close();
            replayNode.session().close();
        } finally {
            live.stop();
            replay.stop();
        }
    }
}
