package org.cqlshift.api;

import com.datastax.oss.driver.api.core.ConsistencyLevel;
import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import com.datastax.oss.driver.api.core.config.DriverExecutionProfile;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.cqlshift.api.callback.Callback;
import org.cqlshift.api.config.Configuration;
import org.cqlshift.api.config.ConfigurationException;
import org.cqlshift.api.config.Setting;
import org.cqlshift.api.export.ExportFormat;
import org.cqlshift.api.export.ExportListener;
import org.cqlshift.api.lint.LintErrors;
import org.cqlshift.api.migration.ClusterCheck;
import org.cqlshift.api.migration.JavaMigration;
import org.cqlshift.api.schema.SchemaSource;
import org.cqlshift.api.seed.SeedMode;
import org.cqlshift.api.seed.SeedListener;
import org.cqlshift.internal.config.ConfigurationFactory;
import org.cqlshift.internal.config.SettingSources;
import org.cqlshift.internal.embedded.EmbeddedNodes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Collects the settings of a {@link CqlShift}, from {@link CqlShift#configure()}. Every setting can be given as
 * text with {@link #setting(Setting, String)}, exactly as a flag, an environment variable or a property would give
 * it, and is checked at {@link #load()}; the common ones also have typed methods. Values given here win over
 * {@link #environment(Map) environment variables}, which win over the properties file of
 * {@link Setting#CONFIG_FILE}, which wins over {@link #defaultValue(Setting, String) a front end's defaults},
 * which win over the defaults in {@link Setting}. A bad value fails {@link #load()} with a
 * {@link ConfigurationException} naming the setting and where its value came from.
 *
 * <p>One cohesive thing, though long: a typed method per commonly used setting, as fluent configurations are.
 */
public final class CqlShiftBuilder {

    private final SettingSources sources = new SettingSources();
    private CqlSession session;
    private boolean contactPointsGiven;
    private ClassLoader classLoader;
    private Function<Configuration, Reporter> reporter;
    private StopRule stopRule = StopRule.never();
    private SeedListener seedListener;
    private ExportListener exportListener;
    private Function<String, List<Path>> cassandraClasspath;
    private final List<JavaMigration> javaMigrations = new ArrayList<>();
    private final List<Callback> callbacks = new ArrayList<>();

    CqlShiftBuilder() {
    }

    /**
     * Any setting, with the text its flag, environment variable or property would hold, such as
     * {@code setting(Setting.LOCK_TTL, "60")}; null or blank leaves it unset. For a map setting
     * ({@link Setting#isMap()}), {@code NAME=VALUE}.
     */
    public CqlShiftBuilder setting(Setting setting, String value) {
        if (setting.isMap()) {
            if (value != null && !value.isBlank()) {
                int equals = value.indexOf('=');
                if (equals < 1) {
                    throw new ConfigurationException("Invalid " + setting.property() + " '" + value + "': expected"
                            + " NAME=VALUE.", "Give each entry as " + setting.flag() + " NAME=VALUE.");
                }
                sources.explicitEntries(setting, Map.of(value.substring(0, equals), value.substring(equals + 1)));
            }
            return this;
        }
        if (setting == Setting.CONTACT_POINTS && value != null && !value.isBlank()) {
            contactPointsGiven = true;
        }
        sources.explicit(setting, value);
        return this;
    }

    /** Entries of a map setting such as {@link Setting#PLACEHOLDERS}. */
    public CqlShiftBuilder entries(Setting setting, Map<String, String> entries) {
        if (!setting.isMap()) {
            throw new IllegalArgumentException(setting + " is not a map setting");
        }
        sources.explicitEntries(setting, entries);
        return this;
    }

    /**
     * Takes the settings not given here from {@code CASSANDRA_*} variables, as the command line does; pass
     * {@code System.getenv()}.
     */
    public CqlShiftBuilder environment(Map<String, String> variables) {
        sources.environment(variables);
        return this;
    }

    /** A properties file keyed by the settings' properties ({@code cassandra.keyspace=app}), read below the environment. */
    public CqlShiftBuilder configFile(Path file) {
        return setting(Setting.CONFIG_FILE, file.toString());
    }

    /** A front end's own default, such as the Maven plugin's migrations folder under the project. */
    public CqlShiftBuilder defaultValue(Setting setting, String value) {
        sources.frontEndDefault(setting, value);
        return this;
    }

    /** {@code host:port} of one or more nodes, each argument one node or a comma-separated list. */
    public CqlShiftBuilder contactPoints(String... contactPoints) {
        return setting(Setting.CONTACT_POINTS, String.join(",", contactPoints));
    }

    public CqlShiftBuilder localDatacenter(String localDatacenter) {
        return setting(Setting.LOCAL_DATACENTER, localDatacenter);
    }

    /** The keyspace to migrate; with a {@link #session(CqlSession) session} it defaults to the session's keyspace. */
    public CqlShiftBuilder keyspace(String keyspace) {
        return setting(Setting.KEYSPACE, keyspace);
    }

    /** {@code SimpleStrategy:<n>} or {@code NetworkTopologyStrategy:<dc>=<n>[,...]}, for {@code ${replication}}. */
    public CqlShiftBuilder replication(String replication) {
        return setting(Setting.REPLICATION, replication);
    }

    public CqlShiftBuilder credentials(String username, String password) {
        return setting(Setting.USERNAME, username).setting(Setting.PASSWORD, password);
    }

    public CqlShiftBuilder consistency(ConsistencyLevel consistency) {
        return setting(Setting.CONSISTENCY, consistency.name());
    }

    public CqlShiftBuilder serialConsistency(ConsistencyLevel serialConsistency) {
        return setting(Setting.SERIAL_CONSISTENCY, serialConsistency.name());
    }

    /** A directory, or {@code classpath:<folder>} read through {@link #classLoader(ClassLoader)}. */
    public CqlShiftBuilder migrations(String location) {
        return setting(Setting.MIGRATIONS, location);
    }

    public CqlShiftBuilder migrations(Path directory) {
        return migrations(directory.toString());
    }

    /** The directory of seed files (YAML, CSV, JSON). */
    public CqlShiftBuilder seeds(String directory) {
        return setting(Setting.SEEDS, directory);
    }

    public CqlShiftBuilder seeds(Path directory) {
        return seeds(directory.toString());
    }

    /** A folder under the seeds directory whose files load after the shared ones. */
    public CqlShiftBuilder seedProfile(String profile) {
        return setting(Setting.SEED_PROFILE, profile);
    }

    /** Defines {@code ${name}} for the scripts; {@code keyspace} and {@code replication} are always defined. */
    public CqlShiftBuilder placeholder(String name, String value) {
        return entries(Setting.PLACEHOLDERS, Map.of(name, value));
    }

    public CqlShiftBuilder placeholders(Map<String, String> placeholders) {
        return entries(Setting.PLACEHOLDERS, placeholders);
    }

    /** Whether {@code ${name}} in scripts is replaced; true by default. */
    public CqlShiftBuilder placeholderReplacement(boolean replace) {
        return setting(Setting.PLACEHOLDER_REPLACEMENT, String.valueOf(replace));
    }

    /** Whether migrate first refuses to run while an applied script is edited or missing; true by default. */
    public CqlShiftBuilder validateOnMigrate(boolean validate) {
        return setting(Setting.VALIDATE_ON_MIGRATE, String.valueOf(validate));
    }

    /**
     * Whether migrate applies a new script whose version is below the highest applied one; false (the default)
     * refuses to run while there is one.
     */
    public CqlShiftBuilder outOfOrder(boolean outOfOrder) {
        return setting(Setting.OUT_OF_ORDER, String.valueOf(outOfOrder));
    }

    /**
     * What migrate checks about the cluster's nodes before its first schema change; {@link ClusterCheck#NORMAL} by
     * default.
     */
    public CqlShiftBuilder clusterCheck(ClusterCheck check) {
        return setting(Setting.CLUSTER_CHECK, check.label());
    }

    /** How long to retry while no node is reachable, in whole seconds; zero (the default) tries once. */
    public CqlShiftBuilder waitTimeout(Duration timeout) {
        return setting(Setting.WAIT_TIMEOUT, seconds(timeout));
    }

    public CqlShiftBuilder schemaAgreementTimeout(Duration timeout) {
        return setting(Setting.SCHEMA_AGREEMENT_TIMEOUT, seconds(timeout));
    }

    public CqlShiftBuilder requestTimeout(Duration timeout) {
        return setting(Setting.REQUEST_TIMEOUT, seconds(timeout));
    }

    /** How long the migration lock outlives its last renewal, in whole seconds. */
    public CqlShiftBuilder lockTtl(Duration ttl) {
        return setting(Setting.LOCK_TTL, seconds(ttl));
    }

    public CqlShiftBuilder lockRenewalInterval(Duration interval) {
        return setting(Setting.LOCK_RENEWAL_INTERVAL, seconds(interval));
    }

    /** How long to wait for another runner's migration lock before giving up. */
    public CqlShiftBuilder lockWaitTimeout(Duration timeout) {
        return setting(Setting.LOCK_WAIT_TIMEOUT, seconds(timeout));
    }

    /** Migrate prints every pending statement, resolved, and executes nothing. */
    public CqlShiftBuilder dryRun(boolean dryRun) {
        return setting(Setting.DRY_RUN, String.valueOf(dryRun));
    }

    /** The highest version migrate applies. */
    public CqlShiftBuilder target(int version) {
        return setting(Setting.TARGET, String.valueOf(version));
    }

    /** The version baseline records the existing schema at. */
    public CqlShiftBuilder baselineVersion(int version) {
        return setting(Setting.BASELINE_VERSION, String.valueOf(version));
    }

    /** Why repair changes the history; kept in the history. */
    public CqlShiftBuilder repairReason(String reason) {
        return setting(Setting.REPAIR_REASON, reason);
    }

    /** Repair records failed or interrupted scripts as applied rather than resuming them. */
    public CqlShiftBuilder markApplied(boolean markApplied) {
        return setting(Setting.MARK_APPLIED, String.valueOf(markApplied));
    }

    public CqlShiftBuilder seedMode(SeedMode mode) {
        return setting(Setting.SEED_MODE, mode.label());
    }

    /** Load every seed file, even those unchanged since their last load. */
    public CqlShiftBuilder seedForce(boolean force) {
        return setting(Setting.SEED_FORCE, String.valueOf(force));
    }

    /** Seed write requests in flight at once. */
    public CqlShiftBuilder seedConcurrency(int requests) {
        return setting(Setting.SEED_CONCURRENCY, String.valueOf(requests));
    }

    /** The tables verify checks; by default every table but cqlshift's own. */
    public CqlShiftBuilder verifyTables(String... tables) {
        return setting(Setting.VERIFY_TABLES, String.join(",", tables));
    }

    /** The table export writes, {@code table} in the configured keyspace or {@code keyspace.table}. */
    public CqlShiftBuilder exportTable(String table) {
        return setting(Setting.EXPORT_TABLE, table);
    }

    /** A CQL condition restricting the exported rows, as written after {@code WHERE}. */
    public CqlShiftBuilder exportWhere(String condition) {
        return setting(Setting.EXPORT_WHERE, condition);
    }

    public CqlShiftBuilder exportFormat(ExportFormat format) {
        return setting(Setting.EXPORT_FORMAT, format.extension());
    }

    /** The seed file export writes; it appears only once complete. */
    public CqlShiftBuilder exportOutput(Path file) {
        return setting(Setting.EXPORT_OUTPUT, file.toString());
    }

    /** Whether lint errors stop lint and migrate (exit code 8) or are printed as warnings; warn by default. */
    public CqlShiftBuilder lintErrors(LintErrors errors) {
        return setting(Setting.LINT_ERRORS, errors.label());
    }

    /** Lint reads the scripts without connecting, against the release line of the embedded version. */
    public CqlShiftBuilder lintOffline(boolean offline) {
        return setting(Setting.LINT_OFFLINE, String.valueOf(offline));
    }

    /** The schema file diff compares the live keyspace with, instead of the schema its applied scripts build. */
    public CqlShiftBuilder diffAgainst(Path schemaFile) {
        return setting(Setting.DIFF_AGAINST, schemaFile.toString());
    }

    /** The file schema writes, replaced as a whole. */
    public CqlShiftBuilder schemaOutput(Path file) {
        return setting(Setting.SCHEMA_OUTPUT, file.toString());
    }

    /** Whether schema reads the live keyspace or replays the scripts. */
    public CqlShiftBuilder schemaFrom(SchemaSource source) {
        return setting(Setting.SCHEMA_FROM, source.label());
    }

    /**
     * Runs on this session instead of opening one: contact points, datacenter, credentials and timeouts are the
     * session's own. The session is never closed by cqlshift.
     */
    public CqlShiftBuilder session(CqlSession session) {
        this.session = Objects.requireNonNull(session, "session");
        return this;
    }

    /** Where {@code classpath:} migrations are found; the thread's context class loader by default. */
    public CqlShiftBuilder classLoader(ClassLoader classLoader) {
        this.classLoader = Objects.requireNonNull(classLoader, "classLoader");
        return this;
    }

    /** Where progress goes; by default to SLF4J, logger {@code org.cqlshift}. */
    public CqlShiftBuilder reporter(Reporter reporter) {
        Objects.requireNonNull(reporter, "reporter");
        return reporterFor(configuration -> reporter);
    }

    /** A reporter made from the resolved settings, such as one that follows {@link Setting#LOG_FORMAT}. */
    public CqlShiftBuilder reporterFor(Function<Configuration, Reporter> factory) {
        this.reporter = Objects.requireNonNull(factory, "factory");
        return this;
    }

    /**
     * What happens when the process is asked to stop: with {@link StopRule#onShutdown}, work ends at a safe point
     * and a migration releases its lock; by default nothing is awaited.
     */
    public CqlShiftBuilder stopRule(StopRule stopRule) {
        this.stopRule = Objects.requireNonNull(stopRule, "stopRule");
        return this;
    }

    /** Receives each seed file's progress; by default a line through the reporter every 5 seconds. */
    public CqlShiftBuilder seedListener(SeedListener listener) {
        this.seedListener = Objects.requireNonNull(listener, "listener");
        return this;
    }

    /** Receives an export's progress; by default a line through the reporter every 5 seconds. */
    public CqlShiftBuilder exportListener(ExportListener listener) {
        this.exportListener = Objects.requireNonNull(listener, "listener");
        return this;
    }

    /**
     * Adds callbacks, run at migrate's and seed's {@link org.cqlshift.api.callback.Event events} after the callback
     * scripts of the migrations folder, in the order added.
     */
    public CqlShiftBuilder callbacks(Callback... callbacks) {
        return callbacks(List.of(callbacks));
    }

    public CqlShiftBuilder callbacks(List<? extends Callback> callbacks) {
        this.callbacks.addAll(callbacks);
        return this;
    }

    /**
     * How embedded nodes find the jars of a cassandra-all version (such as a build's own resolver); by default
     * they are resolved from Maven Central.
     */
    public CqlShiftBuilder cassandraClasspath(Function<String, List<Path>> classpath) {
        this.cassandraClasspath = Objects.requireNonNull(classpath, "classpath");
        return this;
    }

    /**
     * Java migrations to run with the scripts, in version order, besides those found in the
     * {@link Setting#JAVA_MIGRATIONS} packages; each call adds to the ones before.
     */
    public CqlShiftBuilder javaMigrations(JavaMigration... migrations) {
        return javaMigrations(List.of(migrations));
    }

    /** See {@link #javaMigrations(JavaMigration...)}. */
    public CqlShiftBuilder javaMigrations(List<? extends JavaMigration> migrations) {
        migrations.forEach(migration -> javaMigrations.add(Objects.requireNonNull(migration, "migration")));
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
                    sources.frontEndDefault(Setting.KEYSPACE, keyspace.asInternal()));
            // The session's own timeouts are the ones in force, so messages quote them.
            DriverExecutionProfile profile = session.getContext().getConfig().getDefaultProfile();
            sources.explicit(Setting.SCHEMA_AGREEMENT_TIMEOUT,
                    seconds(profile.getDuration(DefaultDriverOption.CONTROL_CONNECTION_AGREEMENT_TIMEOUT)));
            sources.explicit(Setting.REQUEST_TIMEOUT, seconds(profile.getDuration(DefaultDriverOption.REQUEST_TIMEOUT)));
        }
        ClassLoader loader = classLoader != null ? classLoader : contextClassLoader();
        Configuration configuration = ConfigurationFactory.create(sources, loader);
        Reporter out = reporter != null ? reporter.apply(configuration) : loggingReporter();
        return new CqlShift(configuration, new Loaded(sources, loader, session, out, stopRule, seedListener,
                exportListener, cassandraClasspath, List.copyOf(javaMigrations),
                List.copyOf(callbacks)));
    }

    /** Info, warnings and details at their levels, under the logger {@code org.cqlshift}. */
    private static Reporter loggingReporter() {
        Logger log = LoggerFactory.getLogger("org.cqlshift");
        return Reporter.of(log::info, log::warn, log::debug);
    }

    /** Whole seconds, rounded up, so that a sub-second driver timeout still counts as positive. */
    private static String seconds(Duration duration) {
        long seconds = duration.getSeconds() + (duration.getNano() > 0 ? 1 : 0);
        return Long.toString(seconds);
    }

    private static ClassLoader contextClassLoader() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : CqlShift.class.getClassLoader();
    }

    /** What a loaded {@link CqlShift} runs with besides its configuration. */
    record Loaded(SettingSources sources, ClassLoader classLoader, CqlSession session, Reporter reporter,
                  StopRule stopRule, SeedListener seedListener, ExportListener exportListener,
                  Function<String, List<Path>> cassandraClasspath, List<JavaMigration> javaMigrations,
                  List<Callback> callbacks) {

        /**
         * The configuration with the embedded nodes as the only contact points, whatever the other sources say,
         * and with password authentication their superuser unless a user was given.
         */
        Configuration connectingTo(EmbeddedNodes nodes) {
            SettingSources connecting = sources.copy()
                    .explicit(Setting.CONTACT_POINTS, nodes.contactPoints())
                    .explicit(Setting.LOCAL_DATACENTER, nodes.localDatacenter());
            Configuration configuration = ConfigurationFactory.create(connecting, classLoader);
            if (configuration.embeddedAuth() && configuration.username().isEmpty()) {
                connecting.explicit(Setting.USERNAME, EmbeddedNodes.SUPERUSER)
                        .explicit(Setting.PASSWORD, EmbeddedNodes.SUPERUSER);
                return ConfigurationFactory.create(connecting, classLoader);
            }
            return configuration;
        }
    }
}
