package org.cqlshift.embedded.junit;

import java.nio.file.Path;
import java.time.Duration;
import org.cqlshift.embedded.CassandraArtifact;
import org.cqlshift.embedded.EmbeddedCassandra;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives tests a running {@link EmbeddedCassandra}: declare a parameter of that type in a test method,
 * a {@code @BeforeAll}/{@code @BeforeEach} method or a constructor.
 *
 * <p>One node serves the whole test run of a JVM: it starts on first use, is shared by all test classes (and by a
 * test run started from within that one) and stops when the run ends. Its version and directory come from the
 * system properties {@code cassandra.embeddedVersion} and {@code cassandra.embeddedDirectory} (the parent POM sets
 * both for surefire), defaulting to the version this library was built with and {@code target/embedded-cassandra}.
 * {@code cassandra.embeddedJavaHome} names the JDK that runs the node (Cassandra 4.1 needs a Java 11); by
 * default it is the JDK running the tests.
 */
public final class CassandraExtension implements ParameterResolver {

    public static final String VERSION_PROPERTY = "cassandra.embeddedVersion";
    public static final String DIRECTORY_PROPERTY = "cassandra.embeddedDirectory";
    public static final String JAVA_HOME_PROPERTY = "cassandra.embeddedJavaHome";

    /**
     * How long the shared node may take to start: minutes on a two-core machine that runs other builds too, where
     * the builder's default, meant for a quiet machine, fails runs whose only fault is the load.
     */
    public static final Duration STARTUP_TIMEOUT = Duration.ofMinutes(6);

    private static final Namespace NAMESPACE = Namespace.create(CassandraExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == EmbeddedCassandra.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return sharedNode(extensionContext);
    }

    /**
     * The node of this test run, started on first use; for extensions that build on this one.
     *
     * @throws ParameterResolutionException when the node did not start
     */
    public static EmbeddedCassandra sharedNode(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(Lease.class, type -> SharedNode.lease(), Lease.class).node();
    }

    /** A test run's hold on the node; the node stops when the last run of this JVM that uses it ends. */
    private record Lease(SharedNode shared) implements ExtensionContext.Store.CloseableResource {

        EmbeddedCassandra node() {
            return shared.node();
        }

        @Override
        public void close() {
            shared.release();
        }
    }

    /**
     * The node of this JVM, or why it could not start, so that later tests fail fast with the same cause. A test run
     * started from within another, as tests of JUnit extensions do, shares the node of the outer one: a second node
     * in the same directory could not start.
     */
    private static final class SharedNode {

        private static SharedNode current;

        private final EmbeddedCassandra node;
        private final RuntimeException failure;
        private int users;

        private SharedNode(EmbeddedCassandra node, RuntimeException failure) {
            this.node = node;
            this.failure = failure;
        }

        static synchronized Lease lease() {
            if (current == null) {
                current = start();
            }
            current.users++;
            return new Lease(current);
        }

        private static SharedNode start() {
            try {
                EmbeddedCassandra node = EmbeddedCassandra.builder()
                        .version(System.getProperty(VERSION_PROPERTY, CassandraArtifact.DEFAULT_VERSION))
                        .directory(Path.of(System.getProperty(DIRECTORY_PROPERTY, "target/embedded-cassandra")))
                        .javaHome(Path.of(System.getProperty(JAVA_HOME_PROPERTY, System.getProperty("java.home"))))
                        .nativePort(0)
                        .startupTimeout(STARTUP_TIMEOUT)
                        .build();
                return new SharedNode(node.start(), null);
            } catch (RuntimeException e) {
                return new SharedNode(null, e);
            }
        }

        EmbeddedCassandra node() {
            if (failure != null) {
                throw new ParameterResolutionException("The embedded Cassandra node did not start: "
                        + failure.getMessage(), failure);
            }
            return node;
        }

        void release() {
            synchronized (SharedNode.class) {
                if (--users > 0) {
                    return;
                }
                current = null;
            }
            if (node != null) {
                node.stop();
            }
        }
    }
}
