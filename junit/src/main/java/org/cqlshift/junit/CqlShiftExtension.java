package org.cqlshift.junit;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import com.datastax.oss.driver.api.core.config.DriverConfigLoader;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.cqlshift.api.CqlShift;
import org.cqlshift.api.CqlShiftBuilder;
import org.cqlshift.api.callback.Callback;
import org.cqlshift.api.config.Setting;
import org.cqlshift.embedded.EmbeddedCassandra;
import org.cqlshift.embedded.junit.CassandraExtension;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The extension behind {@link CqlShiftTest}: prepares the keyspace of each test class (or method) and
 * resolves {@link CqlSession} parameters, bound to that keyspace, and {@link CqlShift} parameters, configured
 * for it.
 */
public final class CqlShiftExtension
        implements ExecutionCondition, BeforeAllCallback, BeforeEachCallback, ParameterResolver {

    /** {@code embedded} (the default) or {@code testcontainers}; a system property or JUnit configuration parameter. */
    public static final String NODE_PARAMETER = "cqlshift.test.node";
    private static final String EMBEDDED = "embedded";
    private static final String TESTCONTAINERS = "testcontainers";

    private static final Namespace NAMESPACE = Namespace.create(CqlShiftExtension.class);
    /** Cassandra's limit on keyspace names. */
    private static final int MAX_KEYSPACE_NAME = 48;
    /** Generous, because a busy build machine can be slow to answer a schema change. */
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    /** On Testcontainers without a Docker engine, the tests are reported as skipped. */
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (nodeKind(context).equals(TESTCONTAINERS) && !ContainerNode.dockerAvailable()) {
            return ConditionEvaluationResult.disabled("No Docker engine is available for Testcontainers' Cassandra image");
        }
        return ConditionEvaluationResult.enabled("a Cassandra node is available");
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (settings(context).keyspacePer() == CqlShiftTest.KeyspacePer.CLASS) {
            prepare(context, context.getRequiredTestClass().getSimpleName());
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (settings(context).keyspacePer() == CqlShiftTest.KeyspacePer.METHOD) {
            prepare(context, context.getRequiredTestClass().getSimpleName() + "_"
                    + context.getRequiredTestMethod().getName());
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        Class<?> type = parameterContext.getParameter().getType();
        return type == CqlSession.class || type == CqlShift.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        TestKeyspace keyspace = extensionContext.getStore(NAMESPACE).get(TestKeyspace.class, TestKeyspace.class);
        if (keyspace == null) {
            throw new ParameterResolutionException("No keyspace is ready for " + parameterContext.getDeclaringExecutable()
                    + ": with keyspacePer = METHOD, ask for the session in test or @BeforeEach methods only.");
        }
        return parameterContext.getParameter().getType() == CqlSession.class ? keyspace.session : keyspace.shift;
    }

    private static CqlShiftTest settings(ExtensionContext context) {
        return AnnotationSupport.findAnnotation(context.getRequiredTestClass(), CqlShiftTest.class)
                .orElseThrow(() -> new IllegalStateException("Annotate " + context.getRequiredTestClass().getName()
                        + " with @CqlShiftTest to say where its migrations are."));
    }

    /** Drops what an earlier run left under the same name, then migrates and seeds afresh. */
    private static void prepare(ExtensionContext context, String owner) {
        CqlShiftTest settings = settings(context);
        TestNode node = node(context);
        String keyspace = keyspaceName(owner);
        CqlSession admin = context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(AdminSession.class, type -> new AdminSession(open(node, null)), AdminSession.class)
                .session;
        admin.execute("DROP KEYSPACE IF EXISTS " + keyspace);
        CqlShiftBuilder builder = CqlShift.configure()
                .session(admin)
                .keyspace(keyspace)
                .migrations(settings.migrations())
                .placeholders(placeholders(settings.placeholders()));
        if (settings.javaMigrations().length > 0) {
            builder.setting(Setting.JAVA_MIGRATIONS, String.join(",", settings.javaMigrations()));
        }
        if (settings.callbacks().length > 0) {
            builder.callbacks(Arrays.stream(settings.callbacks()).map(CqlShiftExtension::instance).toList());
        }
        topology(context).ifPresent(topology -> builder.replication(ClusterNodes.shared(context, topology).replication()));
        if (!settings.seedProfile().isEmpty()) {
            builder.seedProfile(settings.seedProfile());
        }
        if (!settings.seeds().isEmpty()) {
            builder.seeds(settings.seeds());
        }
        builder.load().migrate();
        CqlSession session = open(node, keyspace);
        TestKeyspace prepared = new TestKeyspace(session, builder.session(session).load());
        // Stored before seeding, so that the session is closed with the class (or method) even if seeding fails.
        context.getStore(NAMESPACE).put(TestKeyspace.class, prepared);
        if (!settings.seeds().isEmpty()) {
            prepared.shift().seed();
        }
    }

    private static Callback instance(Class<? extends Callback> type) {
        try {
            Constructor<? extends Callback> constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            return constructor.newInstance();
        } catch (NoSuchMethodException e) {
            throw new ExtensionConfigurationException("Callback " + type.getName() + " of @CqlShiftTest(callbacks)"
                    + " needs a no-argument constructor.", e);
        } catch (ReflectiveOperationException e) {
            Throwable cause = e instanceof InvocationTargetException thrown ? thrown.getCause() : e;
            throw new ExtensionConfigurationException("Callback " + type.getName() + " of @CqlShiftTest(callbacks)"
                    + " could not be created: " + cause, cause);
        }
    }

    private static TestNode node(ExtensionContext context) {
        if (nodeKind(context).equals(TESTCONTAINERS)) {
            return ContainerNode.shared(context);
        }
        Optional<String> topology = topology(context);
        if (topology.isPresent()) {
            return ClusterNodes.shared(context, topology.get()).node();
        }
        EmbeddedCassandra node = CassandraExtension.sharedNode(context);
        return new TestNode(node.contactPoint(), node.localDatacenter());
    }

    /** Embedded nodes in several datacenters instead of the one shared node, when the run asks for them. */
    private static Optional<String> topology(ExtensionContext context) {
        return context.getConfigurationParameter(ClusterNodes.TOPOLOGY_PARAMETER).filter(text -> !text.isBlank());
    }

    private static String nodeKind(ExtensionContext context) {
        String kind = context.getConfigurationParameter(NODE_PARAMETER).orElse(EMBEDDED);
        if (!kind.equals(EMBEDDED) && !kind.equals(TESTCONTAINERS)) {
            throw new IllegalArgumentException("Unknown " + NODE_PARAMETER + " '" + kind + "': expected " + EMBEDDED
                    + " or " + TESTCONTAINERS + ".");
        }
        return kind;
    }

    /**
     * Schema metadata stays off for the session that migrates: refreshing it after each DDL statement costs
     * about a second.
     */
    private static CqlSession open(TestNode node, String keyspace) {
        DriverConfigLoader config = DriverConfigLoader.programmaticBuilder()
                .withBoolean(DefaultDriverOption.METADATA_SCHEMA_ENABLED, keyspace != null)
                .withDuration(DefaultDriverOption.REQUEST_TIMEOUT, REQUEST_TIMEOUT)
                .build();
        return CqlSession.builder()
                .withConfigLoader(config)
                .addContactPoint(node.contactPoint())
                .withLocalDatacenter(node.localDatacenter())
                .withKeyspace(keyspace)
                .build();
    }

    /** The owner's name in lower case, letters, digits and underscores, cut to Cassandra's limit with a hash to stay unique. */
    private static String keyspaceName(String owner) {
        String name = "test_" + owner.replaceAll("[^A-Za-z0-9]+", "_").toLowerCase(Locale.ROOT);
        if (name.length() <= MAX_KEYSPACE_NAME) {
            return name;
        }
        String hash = Integer.toHexString(owner.hashCode());
        return name.substring(0, MAX_KEYSPACE_NAME - hash.length() - 1) + "_" + hash;
    }

    private static Map<String, String> placeholders(String[] entries) {
        Map<String, String> placeholders = new LinkedHashMap<>();
        for (String entry : entries) {
            int equals = entry.indexOf('=');
            if (equals < 1) {
                throw new IllegalArgumentException("expected a placeholder as name=value but found '" + entry + "'");
            }
            placeholders.put(entry.substring(0, equals), entry.substring(equals + 1));
        }
        return placeholders;
    }

    /** The session that drops and migrates keyspaces, shared by the run. */
    private record AdminSession(CqlSession session) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            session.close();
        }
    }

    /** A test class's (or method's) keyspace: its session closes when the class (or method) is done. */
    private record TestKeyspace(CqlSession session, CqlShift shift) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            session.close();
        }
    }
}
