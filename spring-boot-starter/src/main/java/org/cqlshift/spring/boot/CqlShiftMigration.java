package org.cqlshift.spring.boot;

import com.datastax.oss.driver.api.core.CqlIdentifier;
import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.CqlSessionBuilder;
import com.datastax.oss.driver.api.core.DriverException;
import com.datastax.oss.driver.api.core.config.DriverConfigLoader;
import java.util.List;
import java.util.function.Supplier;
import org.cqlshift.api.CassandraUnavailableException;
import org.cqlshift.api.CqlShift;
import org.cqlshift.api.CqlShiftBuilder;
import org.cqlshift.api.SchemaSessionOptions;
import org.cqlshift.api.callback.Callback;
import org.cqlshift.api.config.Configuration;
import org.cqlshift.api.config.Setting;
import org.cqlshift.api.migration.JavaMigration;
import org.cqlshift.api.migration.MigrationInfo;

/**
 * Migrates, then seeds if asked, once per application context, on one of the sessions {@link MigrationSession}
 * names. Whatever happens, a session it opened is closed before it returns or throws, and so is the application's
 * session when migrating on it fails: Spring closes no bean whose initialisation failed, and a session left open
 * keeps the JVM alive on the driver's threads.
 */
public class CqlShiftMigration {

    /** Where the starter looks for scripts unless told otherwise, as Spring Boot's Flyway support does. */
    static final String DEFAULT_MIGRATIONS = "classpath:db/cassandra";

    private final CqlShiftProperties properties;
    private final ClassLoader classLoader;
    private final String applicationKeyspace;
    private final List<JavaMigration> javaMigrations;
    private final List<Callback> callbacks;
    private final RunMetrics metrics;
    private boolean done;
    /** The keyspace the run migrated, once it ran. */
    private String keyspace;

    /**
     * @param applicationKeyspace the keyspace of the application's session ({@code spring.cassandra.keyspace-name}),
     *                            the default of {@code cqlshift.keyspace}; may be null
     * @param javaMigrations      the application's Java migrations, run with those of {@code cqlshift.java-migrations}
     * @param callbacks           run at migrate's and seed's events, after the callback scripts
     * @param metrics             measures each migrate and seed
     */
    public CqlShiftMigration(CqlShiftProperties properties, ClassLoader classLoader, String applicationKeyspace,
            List<JavaMigration> javaMigrations, List<Callback> callbacks, RunMetrics metrics) {
        this.properties = properties;
        this.classLoader = classLoader;
        this.applicationKeyspace = applicationKeyspace;
        this.javaMigrations = List.copyOf(javaMigrations);
        this.callbacks = List.copyOf(callbacks);
        this.metrics = metrics;
    }

    /** Whether cqlshift opens a session of its own to {@code cqlshift.contact-points}. */
    public boolean usesOwnSession() {
        return !properties.getContactPoints().isEmpty();
    }

    /**
     * Runs on a session of cqlshift's own, to {@code cqlshift.contact-points}, unless it already ran.
     *
     * @throws org.cqlshift.api.CqlShiftException when migrating or seeding fails
     */
    public synchronized void runOnOwnSession() {
        if (done) {
            return;
        }
        run(configure().load());
    }

    /**
     * Runs, unless it already ran, on a session built from the application's session builder (contact points,
     * credentials, TLS, customizers) and driver configuration, with the options and timeouts of cqlshift's own
     * sessions laid over that configuration ({@link SchemaSessionOptions}) and no keyspace, since the scripts may
     * create it. The session is closed before this returns or throws.
     *
     * @throws org.cqlshift.api.CqlShiftException when connecting, migrating or seeding fails
     */
    public synchronized void runOnSessionFrom(CqlSessionBuilder sessionBuilder, DriverConfigLoader driverConfig) {
        if (done) {
            return;
        }
        CqlShiftBuilder builder = withApplicationKeyspace(configure());
        Configuration configuration = builder.load().configuration();
        try (CqlSession session = open(sessionBuilder, driverConfig, configuration)) {
            run(builder.session(session).load());
        }
    }

    /**
     * Runs on the application's session unless it already ran; closes that session if migrating or seeding fails.
     *
     * @throws org.cqlshift.api.CqlShiftException when migrating or seeding fails
     */
    public synchronized void runOnApplicationSession(CqlSession session) {
        if (done) {
            return;
        }
        try {
            run(configure().session(session).load());
        } catch (RuntimeException | Error failure) {
            try {
                session.close();
            } catch (RuntimeException closing) {
                failure.addSuppressed(closing);
            }
            throw failure;
        }
    }

    /**
     * The state of every script of the keyspace the run migrated, read from its history now: on a session of
     * cqlshift's own to {@code cqlshift.contact-points}, or else on the application's session.
     *
     * @param applicationSession gives the application's session, which is used as it is and not closed
     * @throws org.cqlshift.api.CqlShiftException when connecting or reading the history fails
     */
    public synchronized MigrationInfo info(Supplier<CqlSession> applicationSession) {
        CqlShiftBuilder builder = keyspace != null ? configure().keyspace(keyspace)
                : withApplicationKeyspace(configure());
        return (usesOwnSession() ? builder : builder.session(applicationSession.get())).load().info();
    }

    private void run(CqlShift shift) {
        String migrated = shift.configuration().keyspace();
        metrics.migrate(migrated, shift::migrate);
        if (shift.configuration().seedOnStartup()) {
            metrics.seed(migrated, shift::seed);
        }
        keyspace = migrated;
        done = true;
    }

    /** The application session's keyspace ({@code spring.cassandra.keyspace-name}) unless cqlshift names one. */
    private CqlShiftBuilder withApplicationKeyspace(CqlShiftBuilder builder) {
        if (applicationKeyspace != null && !applicationKeyspace.isBlank()) {
            builder.defaultValue(Setting.KEYSPACE, applicationKeyspace);
        }
        return builder;
    }

    private static CqlSession open(CqlSessionBuilder sessionBuilder, DriverConfigLoader driverConfig,
            Configuration configuration) {
        try {
            return sessionBuilder.withKeyspace((CqlIdentifier) null)
                    .withConfigLoader(SchemaSessionOptions.over(driverConfig, configuration))
                    .build();
        } catch (DriverException e) {
            throw new CassandraUnavailableException("Cannot connect to Cassandra to migrate keyspace "
                    + configuration.keyspace()
                    + ": " + e.getMessage(), "Check spring.cassandra.contact-points and"
                    + " spring.cassandra.local-datacenter, and that a node is running there.", e);
        }
    }

    /** The settings every session shares. */
    private CqlShiftBuilder configure() {
        return properties.applyTo(CqlShift.configure())
                .callbacks(callbacks)
                .classLoader(classLoader)
                .javaMigrations(javaMigrations)
                .defaultValue(Setting.MIGRATIONS, DEFAULT_MIGRATIONS);
    }
}
