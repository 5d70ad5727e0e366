package org.cqlshift.api.config;

import com.datastax.oss.driver.api.core.DefaultConsistencyLevel;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.cqlshift.api.OutputFormat;
import org.cqlshift.api.export.ExportFormat;
import org.cqlshift.api.lint.LintErrors;
import org.cqlshift.api.migration.ClusterCheck;
import org.cqlshift.api.schema.SchemaSource;
import org.cqlshift.api.seed.SeedMode;

/**
 * The resolved value of every {@link Setting}, whichever front end and sources fed it: immutable, and built
 * only by {@link org.cqlshift.api.CqlShift#configure()}. One accessor per setting; the few that combine
 * several settings ({@link #tls()}, {@link #password()}) are resolved once, when the configuration is built.
 */
public final class Configuration {

    private final Map<Setting, Object> values;
    private final Set<Setting> explicit;
    private final Map<String, String> placeholders;
    private final Map<String, String> embeddedYaml;
    private final Secret password;
    private final TlsSettings tls;
    private final ClassLoader classLoader;

    /**
     * For the core's resolver: the typed value of each setting that has one, the settings a user gave rather
     * than left at their defaults, and the values resolved from several settings.
     */
    public Configuration(Map<Setting, Object> values, Set<Setting> explicit, Map<String, String> placeholders,
                         Map<String, String> embeddedYaml, Secret password, TlsSettings tls, ClassLoader classLoader) {
        this.values = Collections.unmodifiableMap(values.isEmpty() ? new EnumMap<>(Setting.class) : new EnumMap<>(values));
        this.explicit = Collections.unmodifiableSet(explicit.isEmpty() ? EnumSet.noneOf(Setting.class) : EnumSet.copyOf(explicit));
        this.placeholders = Collections.unmodifiableMap(new LinkedHashMap<>(placeholders));
        this.embeddedYaml = Collections.unmodifiableMap(new LinkedHashMap<>(embeddedYaml));
        this.password = password;
        this.tls = tls;
        this.classLoader = classLoader;
    }

    @SuppressWarnings("unchecked")
    private <T> T value(Setting setting) {
        return (T) values.get(setting);
    }

    private <T> Optional<T> optional(Setting setting) {
        return Optional.ofNullable(value(setting));
    }

    /**
     * Whether the setting was given (by a flag, the environment, a properties file, the plugin or a builder call)
     * rather than left at its default, so that it wins over the driver configuration file.
     */
    public boolean isExplicit(Setting setting) {
        return explicit.contains(setting);
    }

    public List<InetSocketAddress> contactPoints() {
        return value(Setting.CONTACT_POINTS);
    }

    public String localDatacenter() {
        return value(Setting.LOCAL_DATACENTER);
    }

    public String keyspace() {
        return value(Setting.KEYSPACE);
    }

    public Replication replication() {
        return value(Setting.REPLICATION);
    }

    public Optional<String> username() {
        return optional(Setting.USERNAME);
    }

    /** The password given directly or read from its file. */
    public Optional<Secret> password() {
        return Optional.ofNullable(password);
    }

    /** How to connect with TLS; empty for plain connections. */
    public Optional<TlsSettings> tls() {
        return Optional.ofNullable(tls);
    }

    /** Consistency of migration history reads and writes, seed writes and verify's probe rows. */
    public DefaultConsistencyLevel consistency() {
        return value(Setting.CONSISTENCY);
    }

    /** Serial consistency of lightweight transactions: the migration lock, seeds inserted if absent. */
    public DefaultConsistencyLevel serialConsistency() {
        return value(Setting.SERIAL_CONSISTENCY);
    }

    public Duration requestTimeout() {
        return value(Setting.REQUEST_TIMEOUT);
    }

    public Duration schemaAgreementTimeout() {
        return value(Setting.SCHEMA_AGREEMENT_TIMEOUT);
    }

    /** How long to keep retrying while no node is reachable; zero means a single attempt. */
    public Duration waitTimeout() {
        return value(Setting.WAIT_TIMEOUT);
    }

    /** A driver configuration file: the settings given explicitly win over it, the defaults yield to it. */
    public Optional<Path> driverConfig() {
        return optional(Setting.DRIVER_CONFIG);
    }

    /**
     * Where {@code classpath:} locations are looked up: the application's resources, or in the Maven plugin the
     * project's.
     */
    public ClassLoader classLoader() {
        return classLoader;
    }

    public Location migrations() {
        return value(Setting.MIGRATIONS);
    }

    /**
     * User-defined placeholders for scripts. {@code keyspace} and {@code replication} are always defined from
     * the settings of the same names.
     */
    public Map<String, String> placeholders() {
        return placeholders;
    }

    /** Whether {@code ${name}} in scripts is replaced; scripts can still opt out one by one. */
    public boolean placeholderReplacement() {
        return value(Setting.PLACEHOLDER_REPLACEMENT);
    }

    /** Whether migrate refuses to run while an applied script is edited or missing. */
    public boolean validateOnMigrate() {
        return value(Setting.VALIDATE_ON_MIGRATE);
    }

    /** Whether migrate applies a new script whose version is below the highest applied one, or refuses to. */
    public boolean outOfOrder() {
        return value(Setting.OUT_OF_ORDER);
    }

    /** What migrate checks about the cluster's nodes before its first schema change. */
    public ClusterCheck clusterCheck() {
        return value(Setting.CLUSTER_CHECK);
    }

    /** Whether lint errors stop lint and migrate, or are printed as warnings are. */
    public LintErrors lintErrors() {
        return value(Setting.LINT_ERRORS);
    }

    /** How long the migration lock lives after its last renewal, so a killed runner's lock is taken over then. */
    public Duration lockTtl() {
        return value(Setting.LOCK_TTL);
    }

    /** How often a runner renews the migration lock it holds. */
    public Duration lockRenewalInterval() {
        return value(Setting.LOCK_RENEWAL_INTERVAL);
    }

    /** How long to wait for another runner's migration lock before giving up. */
    public Duration lockWaitTimeout() {
        return value(Setting.LOCK_WAIT_TIMEOUT);
    }

    /** Print the pending statements, resolved, and change nothing. */
    public boolean dryRun() {
        return value(Setting.DRY_RUN);
    }

    /** The highest version to apply; all pending scripts when empty. */
    public OptionalInt target() {
        return optional(Setting.TARGET).map(version -> OptionalInt.of((Integer) version)).orElse(OptionalInt.empty());
    }

    /** The version {@code baseline} records the schema at. */
    public OptionalInt baselineVersion() {
        return optional(Setting.BASELINE_VERSION).map(version -> OptionalInt.of((Integer) version))
                .orElse(OptionalInt.empty());
    }

    /** Why {@code repair} changes the history. */
    public Optional<String> repairReason() {
        return optional(Setting.REPAIR_REASON);
    }

    /** Whether {@code repair} records failed scripts as applied rather than resuming them. */
    public boolean markApplied() {
        return value(Setting.MARK_APPLIED);
    }

    public Location seeds() {
        return value(Setting.SEEDS);
    }

    /** The seed profile whose folder under the seeds directory also loads, if any. */
    public Optional<String> seedProfile() {
        return optional(Setting.SEED_PROFILE);
    }

    public SeedMode seedMode() {
        return value(Setting.SEED_MODE);
    }

    /** Whether files recorded in the seed history with the same checksum are loaded again. */
    public boolean seedForce() {
        return value(Setting.SEED_FORCE);
    }

    /** Seed write requests in flight at once. */
    public int seedConcurrency() {
        return value(Setting.SEED_CONCURRENCY);
    }

    /** The packages whose {@link org.cqlshift.api.migration.JavaMigration} classes run with the scripts. */
    public List<String> javaMigrations() {
        return this.<List<String>>optional(Setting.JAVA_MIGRATIONS).orElse(List.of());
    }

    /** The jars and class directories added to the class path; see {@link #classLoader()}. */
    public List<Path> classpath() {
        return this.<List<Path>>optional(Setting.CLASSPATH).orElse(List.of());
    }

    /** The tables to verify; empty means every table of the keyspace except the tool's own. */
    public List<String> verifyTables() {
        return this.<List<String>>optional(Setting.VERIFY_TABLES).orElse(List.of());
    }

    /** How reports are written. */
    public OutputFormat format() {
        return value(Setting.FORMAT);
    }

    /** The schema file diff compares with; empty compares with the schema the applied scripts build. */
    public Optional<Path> diffAgainst() {
        return optional(Setting.DIFF_AGAINST);
    }

    /** The file schema writes; empty writes it to standard output. */
    public Optional<Path> schemaOutput() {
        return optional(Setting.SCHEMA_OUTPUT);
    }

    public SchemaSource schemaFrom() {
        return value(Setting.SCHEMA_FROM);
    }

    /** Whether lint runs without a connection, on every script against a release line. */
    public boolean lintOffline() {
        return value(Setting.LINT_OFFLINE);
    }

    /** Without a connection, the first script version lint checks. */
    public OptionalInt lintFromVersion() {
        return optional(Setting.LINT_FROM_VERSION).map(version -> OptionalInt.of((Integer) version))
                .orElse(OptionalInt.empty());
    }

    public Optional<String> exportTable() {
        return optional(Setting.EXPORT_TABLE);
    }

    public Optional<String> exportWhere() {
        return optional(Setting.EXPORT_WHERE);
    }

    public ExportFormat exportFormat() {
        return value(Setting.EXPORT_FORMAT);
    }

    public Optional<Path> exportOutput() {
        return optional(Setting.EXPORT_OUTPUT);
    }

    public int exportPageSize() {
        return value(Setting.EXPORT_PAGE_SIZE);
    }

    /** Whether operations run on embedded nodes started for them. */
    public boolean embedded() {
        return value(Setting.EMBEDDED);
    }

    public String embeddedVersion() {
        return value(Setting.EMBEDDED_VERSION);
    }

    public Path embeddedDirectory() {
        return value(Setting.EMBEDDED_DIRECTORY);
    }

    public int embeddedNodes() {
        return value(Setting.EMBEDDED_NODES);
    }

    public Optional<Path> embeddedJavaHome() {
        return optional(Setting.EMBEDDED_JAVA_HOME);
    }

    public boolean embeddedAuth() {
        return value(Setting.EMBEDDED_AUTH);
    }

    /** Extra cassandra.yaml entries of the embedded nodes, values in YAML syntax. */
    public Map<String, String> embeddedYaml() {
        return embeddedYaml;
    }

    public int embeddedNativePort() {
        return value(Setting.EMBEDDED_NATIVE_PORT);
    }

    public Duration embeddedStartupTimeout() {
        return value(Setting.EMBEDDED_STARTUP_TIMEOUT);
    }

    /** The embedded nodes' datacenters, when they run in several. */
    public Optional<Topology> embeddedTopology() {
        return optional(Setting.EMBEDDED_TOPOLOGY);
    }

    public OutputFormat logFormat() {
        return value(Setting.LOG_FORMAT);
    }

    public boolean verbose() {
        return value(Setting.VERBOSE);
    }

    public boolean skip() {
        return value(Setting.SKIP);
    }

    public Optional<String> serverId() {
        return optional(Setting.SERVER_ID);
    }

    public boolean enabled() {
        return value(Setting.ENABLED);
    }

    public boolean seedOnStartup() {
        return value(Setting.SEED_ON_STARTUP);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("Configuration{");
        values.forEach((setting, value) -> text.append(setting.key()).append('=')
                .append(setting.type().text(value)).append(", "));
        return text.append("password=").append(password == null ? "none" : password).append(", placeholders=")
                .append(placeholders.keySet()).append('}').toString();
    }
}
