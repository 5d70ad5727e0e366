package org.cqlshift.api;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import com.datastax.oss.driver.api.core.config.DriverExecutionProfile;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import org.cqlshift.api.config.Configuration;
import org.cqlshift.api.config.ConfigurationException;
import org.cqlshift.api.config.ConfigurationResolver;
import org.cqlshift.api.config.Setting;
import org.cqlshift.api.export.ExportOptions;
import org.cqlshift.api.export.ExportResult;
import org.cqlshift.api.export.Exporter;
import org.cqlshift.api.migration.MigrateOptions;
import org.cqlshift.api.migration.MigrationInfo;
import org.cqlshift.api.migration.MigrationResult;
import org.cqlshift.api.migration.Migrator;
import org.cqlshift.api.seed.SeedListener;
import org.cqlshift.api.seed.SeedOptions;
import org.cqlshift.api.seed.SeedResult;
import org.cqlshift.api.seed.Seeder;
import org.cqlshift.api.verify.Verifier;
import org.cqlshift.api.verify.VerifyOptions;
import org.cqlshift.api.verify.VerifyReport;
import org.cqlshift.api.workflow.StopRule;
import org.cqlshift.api.workflow.UpResult;
import org.cqlshift.api.workflow.Workflows;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one entry point for applications: configure once, then migrate, seed, verify.
 *
 * <pre>{@code
 * CqlShift shift = CqlShift.configure()
 *         .contactPoints("db1:9042").localDatacenter("dc1").keyspace("app")
 *         .migrations("classpath:db/cassandra")
 *         .load();
 * shift.migrate();
 * }</pre>
 *
 * Each operation opens its own session to the contact points and closes it again, unless a session was
 * given with {@link Builder#session(CqlSession)}: that one is used as it is and never closed.
 * Failures are {@link CqlShiftException}s; {@link CqlShiftException#failure()} says which kind.
 */
public final class CqlShift {

    private final Configuration configuration;
    private final CqlSession session;
    private final Reporter reporter;

    private CqlShift(Configuration configuration, CqlSession session, Reporter reporter) {
        this.configuration = configuration;
        this.session = session;
        this.reporter = reporter;
    }

    public static Builder configure() {
        return new Builder();
    }

    /** The resolved settings this instance runs with. */
    public Configuration configuration() {
        return configuration;
    }

    /**
     * Applies the pending scripts, after checking that no applied script was edited.
     *
     * @throws org.cqlshift.api.migration.MigrationException when a script fails or the history does not match
     */
    public MigrationResult migrate() {
        return migrate(MigrateOptions.defaults());
    }

    public MigrationResult migrate(MigrateOptions options) {
        return run(connection -> Migrator.create(connection, reporter).migrate(options));
    }

    /** The state of every script and history entry; changes nothing. */
    public MigrationInfo info() {
        return run(connection -> Migrator.create(connection, reporter).info());
    }

    /**
     * @throws org.cqlshift.api.migration.MigrationException naming each applied script that was edited or removed
     */
    public MigrationInfo validate() {
        return run(connection -> Migrator.create(connection, reporter).validate());
    }

    /**
     * Loads the seed files that are new or changed, with the configured profile.
     *
     * @throws org.cqlshift.api.seed.InvalidSeedException when a file cannot be loaded as written
     * @throws org.cqlshift.api.seed.SeedException when Cassandra fails a write
     */
    public SeedResult seed() {
        return seed(SeedOptions.defaults());
    }

    public SeedResult seed(SeedOptions options) {
        return run(connection -> Seeder.create(connection, reporter).seed(options));
    }

    /**
     * A CRUD round trip on every table of the keyspace.
     *
     * @throws org.cqlshift.api.verify.VerifyException naming the tables that failed
     */
    public VerifyReport verify() {
        return verify(VerifyOptions.allTables());
    }

    public VerifyReport verify(VerifyOptions options) {
        return run(connection -> passed(Verifier.create(connection, reporter).verify(options)));
    }

    /**
     * Writes a table, or the rows {@link ExportOptions} select, as a seed file that {@link #seed()} loads back.
     *
     * @throws org.cqlshift.api.export.ExportException when the table cannot be read or the file written
     */
    public ExportResult export(ExportOptions options) {
        return run(connection -> Exporter.create(connection, reporter).export(options));
    }

    /** Migrate, then seed, then verify, on one session; stops at the first failure by throwing it. */
    public UpResult up() {
        return run(connection -> Workflows.up(connection, reporter, new SeedListener() { }, StopRule.never()));
    }

    private static VerifyReport passed(VerifyReport report) {
        report.requirePassed();
        return report;
    }

    /** Runs on the given session, or on one opened for the call. */
    private <T> T run(Function<CassandraConnection, T> operation) {
        try (CassandraConnection connection = session != null
                ? CassandraConnection.of(session, configuration)
                : CassandraConnection.open(configuration, reporter)) {
            return operation.apply(connection);
        }
    }

    /**
     * Collects the settings; text values are checked as the runner checks its options, so a bad one fails
     * {@link #load()} with a {@link ConfigurationException} naming the setting. Unset values take the
     * documented defaults (see {@link Setting}).
     */
    public static final class Builder {

        private final ConfigurationResolver resolver = ConfigurationResolver.create();
        private final List<Consumer<Configuration.Builder>> typedValues = new ArrayList<>();
        private CqlSession session;
        private boolean contactPointsGiven;
        private ClassLoader classLoader;
        private Reporter reporter;

        private Builder() {
        }

        /** {@code host:port} of one or more nodes, each argument one node or a comma-separated list. */
        public Builder contactPoints(String... contactPoints) {
            contactPointsGiven = true;
            return set(Setting.CONTACT_POINTS, String.join(",", contactPoints));
        }

        public Builder localDatacenter(String localDatacenter) {
            return set(Setting.LOCAL_DC, localDatacenter);
        }

        /** The keyspace to migrate; with a {@link #session(CqlSession) session} it defaults to the session's keyspace. */
        public Builder keyspace(String keyspace) {
            return set(Setting.KEYSPACE, keyspace);
        }

        /** {@code SimpleStrategy:<n>} or {@code NetworkTopologyStrategy:<dc>=<n>[,...]}, for {@code ${replication}}. */
        public Builder replication(String replication) {
            return set(Setting.REPLICATION, replication);
        }

        public Builder credentials(String username, String password) {
            return set(Setting.USERNAME, username).set(Setting.PASSWORD, password);
        }

        /** A directory, or {@code classpath:<folder>} read through {@link #classLoader(ClassLoader)}. */
        public Builder migrations(String location) {
            return set(Setting.MIGRATIONS, location);
        }

        public Builder migrations(Path directory) {
            return migrations(directory.toString());
        }

        /** The directory of YAML seed files. */
        public Builder seeds(String directory) {
            return set(Setting.SEEDS, directory);
        }

        public Builder seeds(Path directory) {
            return seeds(directory.toString());
        }

        /** A folder under the seeds directory whose files load after the shared ones. */
        public Builder seedProfile(String profile) {
            return set(Setting.SEED_PROFILE, profile);
        }

        /** Defines {@code ${name}} for the scripts; {@code keyspace} and {@code replication} are always defined. */
        public Builder placeholder(String name, String value) {
            resolver.explicitPlaceholders(Map.of(name, value));
            return this;
        }

        public Builder placeholders(Map<String, String> placeholders) {
            resolver.explicitPlaceholders(placeholders);
            return this;
        }

        /**
         * Takes settings the caller did not set from {@code CASSANDRA_*} variables, as the runner does; pass
         * {@code System.getenv()}.
         */
        public Builder environment(Map<String, String> variables) {
            resolver.environment(variables);
            return this;
        }

        /** How long to retry while no node is reachable; zero (the default) tries once. */
        public Builder waitTimeout(Duration timeout) {
            return typed(builder -> builder.waitTimeout(timeout));
        }

        public Builder schemaAgreementTimeout(Duration timeout) {
            return typed(builder -> builder.schemaAgreementTimeout(timeout));
        }

        public Builder requestTimeout(Duration timeout) {
            return typed(builder -> builder.requestTimeout(timeout));
        }

        /**
         * Runs on this session instead of opening one: contact points, datacenter, credentials and timeouts
         * are the session's own. The session is never closed by cqlshift.
         */
        public Builder session(CqlSession session) {
            this.session = Objects.requireNonNull(session, "session");
            return this;
        }

        /** Whether migrate first refuses to run while an applied script is edited or missing; true by default. */
        public Builder validateOnMigrate(boolean validate) {
            return set(Setting.VALIDATE_ON_MIGRATE, String.valueOf(validate));
        }

        /** Whether {@code ${name}} in scripts is replaced; true by default. */
        public Builder placeholderReplacement(boolean replace) {
            return set(Setting.PLACEHOLDER_REPLACEMENT, String.valueOf(replace));
        }

        /**
         * Any setting by its entry in the model, with the text its property or environment variable would hold,
         * e.g. {@code setting(Setting.LOCK_TTL, "60")}; checked at {@link #load()} like the other values.
         */
        public Builder setting(Setting setting, String value) {
            return set(setting, value);
        }

        /** Where {@code classpath:} migrations are found; the thread's context class loader by default. */
        public Builder classLoader(ClassLoader classLoader) {
            this.classLoader = Objects.requireNonNull(classLoader, "classLoader");
            return this;
        }

        /** Where progress goes; by default to SLF4J, logger {@code org.cqlshift}. */
        public Builder reporter(Reporter reporter) {
            this.reporter = Objects.requireNonNull(reporter, "reporter");
            return this;
        }

        /**
         * @throws ConfigurationException for a bad value, or contact points given together with a session
         */
        public CqlShift load() {
            if (session != null && contactPointsGiven) {
                throw new ConfigurationException("Both contact points and a session were given.",
                        "Give either contactPoints(...) or session(...): the session already knows its nodes.");
            }
            if (session != null) {
                session.getKeyspace().ifPresent(keyspace ->
                        resolver.frontEndDefault(Setting.KEYSPACE, keyspace.asInternal()));
            }
            Configuration.Builder builder = resolver.resolve().toBuilder();
            try {
                if (session != null) {
                    sessionTimeouts(builder);
                }
                typedValues.forEach(value -> value.accept(builder));
            } catch (IllegalArgumentException e) {
                throw new ConfigurationException("Invalid setting: " + e.getMessage() + ".",
                        "Fix the value given to CqlShift.configure().", e);
            }
            builder.classLoader(classLoader != null ? classLoader : contextClassLoader());
            return new CqlShift(builder.build(), session, reporter != null ? reporter : new LoggingReporter());
        }

        /** The session's own timeouts are the ones in force, so messages quote them. */
        private void sessionTimeouts(Configuration.Builder builder) {
            DriverExecutionProfile profile = session.getContext().getConfig().getDefaultProfile();
            builder.schemaAgreementTimeout(profile.getDuration(DefaultDriverOption.CONTROL_CONNECTION_AGREEMENT_TIMEOUT))
                    .requestTimeout(profile.getDuration(DefaultDriverOption.REQUEST_TIMEOUT));
        }

        private Builder set(Setting setting, String value) {
            resolver.explicit(setting, Objects.requireNonNull(value, setting.property()));
            return this;
        }

        private Builder typed(Consumer<Configuration.Builder> value) {
            typedValues.add(value);
            return this;
        }

        private static ClassLoader contextClassLoader() {
            ClassLoader context = Thread.currentThread().getContextClassLoader();
            return context != null ? context : CqlShift.class.getClassLoader();
        }
    }

    /** Info and warnings at their levels, under the logger {@code org.cqlshift}. */
    private static final class LoggingReporter implements Reporter {
        private static final Logger LOG = LoggerFactory.getLogger("org.cqlshift");

        @Override
        public void info(String message) {
            LOG.info(message);
        }

        @Override
        public void warn(String message) {
            LOG.warn(message);
        }

        @Override
        public void debug(String message) {
            LOG.debug(message);
        }
    }
}
