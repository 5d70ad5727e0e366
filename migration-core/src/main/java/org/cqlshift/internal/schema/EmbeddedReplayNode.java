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
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.cqlshift.api.CassandraUnavailableException;
import org.cqlshift.api.Reporter;
import org.cqlshift.api.config.ConfigurationException;
import org.cqlshift.api.config.Setting;
import org.cqlshift.embedded.CassandraArtifact;
import org.cqlshift.embedded.EmbeddedCassandra;
import org.cqlshift.embedded.EmbeddedCassandraException;
import org.cqlshift.embedded.UnsupportedJavaException;

/**
 * A throw-away node of {@code cqlshift-embedded}, in a temporary directory that is deleted with it. Only
 * {@link ReplayNodes} names this class, after checking that the artifact is on the class path.
 */
final class EmbeddedReplayNode implements ReplayNode {

    /** Schema changes on a busy Cassandra 6 node took seconds each. */
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

    private final EmbeddedCassandra node;
    private final Path directory;
    private final CqlSession session;

    private EmbeddedReplayNode(EmbeddedCassandra node, Path directory, CqlSession session) {
        this.node = node;
        this.directory = directory;
        this.session = session;
    }

    static ReplayNode start(String version, Optional<Path> javaHome, Function<String, List<Path>> classpath,
                            Reporter reporter) {
        Path directory;
        try {
            directory = Files.createTempDirectory("cqlshift-replay-");
        } catch (IOException e) {
            throw new ConfigurationException("Cannot create a directory for the throw-away Cassandra node: "
                    + e.getMessage(), "Check that the temporary directory (java.io.tmpdir) is writable.", e);
        }
        EmbeddedCassandra node;
        try {
            EmbeddedCassandra.Builder builder = EmbeddedCassandra.builder().version(version).directory(directory)
                    .nativePort(0);
            javaHome.ifPresent(builder::javaHome);
            if (classpath != null) {
                builder.classpath(classpath::apply);
            }
            CassandraLine.of(version).replayNodeSettings().forEach(builder::yamlEntry);
            node = builder.build();
        } catch (UnsupportedJavaException e) {
            delete(directory);
            throw new ConfigurationException(e.getMessage(), e.whatToInstall() + ": give its home directory as the"
                    + " throw-away node's Java home (" + Setting.EMBEDDED_JAVA_HOME.flag() + ", "
                    + Setting.EMBEDDED_JAVA_HOME.environmentVariable() + ", or " + Setting.EMBEDDED_JAVA_HOME.property()
                    + " in Maven).", e);
        } catch (IllegalArgumentException e) {
            delete(directory);
            throw new ConfigurationException("Cannot run a throw-away node of Cassandra " + version + ": "
                    + e.getMessage(), "Give a cassandra-all version published on Maven Central, 4.1 or later, with "
                    + Setting.EMBEDDED_VERSION.flag() + ".", e);
        }
        reporter.info("Starting a throw-away Cassandra " + version + " node to replay the schema on (the first start"
                + " of a version downloads it from Maven Central).");
        try {
            node.start();
        } catch (EmbeddedCassandraException e) {
            delete(directory);
            throw new CassandraUnavailableException("The throw-away Cassandra " + version + " node did not start: "
                    + e.getMessage(), "Read the node's log named above; check the memory and disk available.", e);
        }
        try {
            CqlSession session = CqlSession.builder().addContactPoint(node.contactPoint())
                    .withLocalDatacenter(node.localDatacenter())
                    .withConfigLoader(DriverConfigLoader.programmaticBuilder()
                            .withDuration(DefaultDriverOption.REQUEST_TIMEOUT, REQUEST_TIMEOUT)
                            .withBoolean(DefaultDriverOption.METADATA_SCHEMA_ENABLED, false)
                            .withStringList(DefaultDriverOption.METADATA_SCHEMA_REFRESHED_KEYSPACES, List.of())
                            .build())
                    .build();
            return new EmbeddedReplayNode(node, directory, session);
        } catch (RuntimeException e) {
            node.stop();
            delete(directory);
            throw e;
        }
    }

    static String defaultVersion() {
        return CassandraArtifact.DEFAULT_VERSION;
    }

    @Override
    public CqlSession session() {
        return session;
    }

    @Override
    public String version() {
        return node.version();
    }

    @Override
    public void close() {
        try {
            session.close();
        } finally {
            node.stop();
            delete(directory);
        }
    }

    private static void delete(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // A file left in the temporary directory is harmless; the node is stopped.
        }
    }
}
