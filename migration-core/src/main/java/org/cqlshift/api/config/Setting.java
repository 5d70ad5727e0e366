package org.cqlshift.api.config;

import com.datastax.oss.driver.api.core.DefaultConsistencyLevel;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.cqlshift.api.Operation;
import org.cqlshift.api.OutputFormat;
import org.cqlshift.api.export.ExportFormat;
import org.cqlshift.api.lint.LintErrors;
import org.cqlshift.api.migration.ClusterCheck;
import org.cqlshift.api.schema.SchemaSource;
import org.cqlshift.api.seed.SeedMode;
import org.cqlshift.internal.config.BuildProperties;
import org.cqlshift.internal.config.ValueType;

/**
 * Every setting, once. Its one name ({@link #key()}, such as {@code lockTtl}) gives its spelling in every
 * place a value can come from: the runner's flag {@code --lock-ttl}, the environment variable
 * {@code CASSANDRA_LOCK_TTL}, the Maven property {@code cassandra.lockTtl} (also the key in a properties file
 * and the name of the plugin's parameter) and the Spring Boot property {@code cqlshift.lock-ttl}. These names
 * are a public contract: CI scripts and Kubernetes manifests rely on them.
 */
public enum Setting {
    CONTACT_POINTS("contactPoints", ValueType.CONTACT_POINTS, "127.0.0.1:9042", Group.CONNECTION,
            "Comma-separated host:port pairs of the nodes to connect to."),
    LOCAL_DATACENTER("localDatacenter", ValueType.DATACENTER, "datacenter1", Group.CONNECTION,
            "The datacenter the driver treats as local."),
    KEYSPACE("keyspace", ValueType.KEYSPACE, "quickstart", Group.CONNECTION,
            "The keyspace that holds the tables and the migration history."),
    USERNAME("username", ValueType.TEXT, null, Group.CONNECTION,
            "User name for password authentication."),
    PASSWORD("password", ValueType.SECRET, null, Group.CONNECTION,
            "Password for password authentication. Never printed."),
    PASSWORD_FILE("passwordFile", ValueType.OUTPUT_FILE, null, Group.CONNECTION,
            "File holding the password, such as a mounted Kubernetes Secret; a trailing newline is ignored."),
    TLS("tls", ValueType.BOOLEAN, false, Group.CONNECTION, "Connect with TLS: true or false."),
    TLS_TRUSTSTORE("tlsTruststore", ValueType.READABLE_FILE, null, Group.CONNECTION,
            "PKCS12 or JKS store of the certificates that are trusted to sign the nodes' certificates;"
                    + " default the JDK's."),
    TLS_TRUSTSTORE_PASSWORD_FILE("tlsTruststorePasswordFile", ValueType.OUTPUT_FILE, null, Group.CONNECTION,
            "File holding the truststore's password; a trailing newline is ignored."),
    TLS_KEYSTORE("tlsKeystore", ValueType.READABLE_FILE, null, Group.CONNECTION,
            "PKCS12 or JKS store of this client's key and certificate, for nodes that require client certificates."),
    TLS_KEYSTORE_PASSWORD_FILE("tlsKeystorePasswordFile", ValueType.OUTPUT_FILE, null, Group.CONNECTION,
            "File holding the keystore's password, also used for its key; a trailing newline is ignored."),
    TLS_HOSTNAME_VERIFICATION("tlsHostnameVerification", ValueType.BOOLEAN, true, Group.CONNECTION,
            "Check that each node's certificate names the address connected to: true or false."),
    CONSISTENCY("consistency", ValueType.CONSISTENCY, DefaultConsistencyLevel.QUORUM, Group.CONNECTION,
            "Consistency level of migration history reads and writes, seed writes and verify's probe rows, such as"
                    + " QUORUM or LOCAL_QUORUM."),
    SERIAL_CONSISTENCY("serialConsistency", ValueType.SERIAL_CONSISTENCY, DefaultConsistencyLevel.SERIAL,
            Group.CONNECTION, "Serial consistency of the migration lock's and verify's lightweight transactions:"
                    + " SERIAL or LOCAL_SERIAL."),
    REQUEST_TIMEOUT("requestTimeout", ValueType.POSITIVE_SECONDS, Duration.ofSeconds(30), Group.CONNECTION,
            "Seconds a single request may take before it fails."),
    SCHEMA_AGREEMENT_TIMEOUT("schemaAgreementTimeout", ValueType.POSITIVE_SECONDS, Duration.ofSeconds(30),
            Group.CONNECTION, "Seconds to wait for all nodes to agree on the schema after each DDL statement."),
    WAIT_TIMEOUT("waitTimeout", ValueType.SECONDS, Duration.ZERO, Group.CONNECTION,
            "Seconds to keep retrying the connection while Cassandra is not reachable yet; 0 tries once."),
    DRIVER_CONFIG("driverConfig", ValueType.READABLE_FILE, null, Group.CONNECTION,
            "A DataStax Java driver application.conf for anything else (load balancing, timeouts, a secure connect"
                    + " bundle); the settings above win over it where given, and yield to it where left at their"
                    + " defaults."),
    CONFIG_FILE("configFile", ValueType.READABLE_FILE, null, Group.SOURCES,
            "A properties file keyed by the Maven property names (cassandra.keyspace=app), read below the"
                    + " environment."),
    REPLICATION("replication", ValueType.REPLICATION, "SimpleStrategy:1", Group.MIGRATIONS,
            "The keyspace's replication, SimpleStrategy:<n> or NetworkTopologyStrategy:<dc>=<n>[,<dc>=<n>...];"
                    + " scripts use it as ${replication}."),
    MIGRATIONS("migrations", ValueType.LOCATION, "./migrations", Group.MIGRATIONS,
            "Directory of versioned CQL scripts, or classpath:<folder>."),
    PLACEHOLDERS("placeholders", ValueType.TEXT, null, Group.MIGRATIONS,
            "Script placeholders: NAME=VALUE defines ${NAME}; a map, one entry per NAME."),
    PLACEHOLDER_REPLACEMENT("placeholderReplacement", ValueType.BOOLEAN, true, Group.MIGRATIONS,
            "Whether ${name} in scripts is replaced; false leaves every script's text as it is. A script whose"
                    + " first line is '-- placeholders: off' is always left as it is."),
    JAVA_MIGRATIONS("javaMigrations", ValueType.NAMES, null, Group.JAVA_MIGRATIONS,
            "Comma-separated Java packages (their sub-packages included) whose JavaMigration classes run with the"
                    + " scripts, in version order; found through the class path (the project's classes in the Maven"
                    + " plugin, the application's in Spring Boot, the classpath setting's in the runner)."),
    CLASSPATH("classpath", ValueType.PATHS, null, Group.CLASSPATH,
            "Comma-separated jars and class directories the runner adds to its class path, where the"
                    + " javaMigrations packages and classpath: migrations are found."),
    VALIDATE_ON_MIGRATE("validateOnMigrate", ValueType.BOOLEAN, true, Group.MIGRATE,
            "Whether migrate first refuses to run when an applied script was edited or removed; false applies the"
                    + " pending scripts anyway (info still shows the edits)."),
    OUT_OF_ORDER("outOfOrder", ValueType.BOOLEAN, false, Group.MIGRATE,
            "Whether migrate applies a new script whose version is below the highest applied one (info then shows"
                    + " it out-of-order); false refuses to run while there is one."),
    CLUSTER_CHECK("clusterCheck", ValueType.choice(ClusterCheck.class, ClusterCheck::label), ClusterCheck.NORMAL,
            Group.MIGRATE, "What migrate checks before its first schema change, when scripts are pending: normal waits"
                    + " (up to the schema agreement timeout) while nodes join, leave, move or disagree on the schema,"
                    + " and refuses, with exit code 3, while the nodes that are down leave too few replicas for the"
                    + " consistency levels; strict also refuses while any node is down; off checks nothing."),
    LINT_ERRORS("lintErrors", ValueType.choice(LintErrors.class, LintErrors::label), LintErrors.WARN,
            Group.LINT_ERRORS, "What errors that lint finds in the pending scripts do: warn prints them; fail stops"
                    + " lint, and migrate before its first statement, with exit code 8."),
    LOCK_TTL("lockTtl", ValueType.POSITIVE_SECONDS, Duration.ofSeconds(30), Group.LOCKING,
            "Seconds the migration lock outlives its last renewal: how soon another runner takes over the lock of"
                    + " one that was killed."),
    LOCK_RENEWAL_INTERVAL("lockRenewalInterval", ValueType.POSITIVE_SECONDS, Duration.ofSeconds(10), Group.LOCKING,
            "Seconds between renewals of the migration lock while migrating; less than the lock TTL."),
    LOCK_WAIT_TIMEOUT("lockWaitTimeout", ValueType.SECONDS, Duration.ofMinutes(10), Group.LOCKING,
            "Seconds to wait for another runner's migration lock before giving up."),
    DRY_RUN("dryRun", ValueType.BOOLEAN, false, Group.MIGRATE_ONLY,
            "Print every pending statement with placeholders resolved, and execute and create nothing."),
    TARGET("target", ValueType.VERSION, null, Group.MIGRATE_ONLY,
            "The highest script version to apply; all pending scripts when not given."),
    BASELINE_VERSION("baselineVersion", ValueType.VERSION, null, Group.BASELINE,
            "The last script version the keyspace's schema already holds."),
    REPAIR_REASON("repairReason", ValueType.TEXT, null, Group.REPAIR,
            "Why the history is repaired, kept in the history."),
    MARK_APPLIED("markApplied", ValueType.BOOLEAN, false, Group.REPAIR,
            "Record failed or interrupted scripts as applied, with their current checksum: for a hand fix that"
                    + " completed them."),
    SEEDS("seeds", ValueType.LOCATION, "./seeds", Group.SEEDS,
            "Directory of seed files (YAML, CSV, JSON)."),
    SEED_PROFILE("seedProfile", ValueType.FOLDER_NAME, null, Group.SEEDS,
            "Seed profile: the files in <seeds>/<profile>/ load after the shared ones."),
    SEED_MODE("seedMode", ValueType.choice(SeedMode.class, SeedMode::label), SeedMode.UPSERT, Group.SEEDS,
            "upsert: insert or overwrite; insert-if-absent: keep rows that exist; truncate: empty each table of a"
                    + " file before loading it."),
    SEED_FORCE("seedForce", ValueType.BOOLEAN, false, Group.SEEDS,
            "Load every seed file, even those unchanged since their last load."),
    // Measured on one local node: 256 to 1024 single inserts in flight keep it busy.
    SEED_CONCURRENCY("seedConcurrency", ValueType.POSITIVE_INTEGER, 512, Group.SEEDS,
            "Seed write requests in flight at once."),
    VERIFY_TABLES("verifyTables", ValueType.NAMES, null, Group.VERIFY,
            "The tables verify checks; every table but cqlshift's own when not given."),
    FORMAT("format", ValueType.choice(OutputFormat.class, OutputFormat::label), OutputFormat.TEXT, Group.REPORTS,
            "How info, verify, diff and lint write their report: text, or one JSON document."),
    DIFF_AGAINST("diffAgainst", ValueType.READABLE_FILE, null, Group.DIFF,
            "A schema file, as schema writes it, to compare the live keyspace with instead of the schema its applied"
                    + " scripts build: diff exits with 7 when the file is stale."),
    SCHEMA_OUTPUT("schemaOutput", ValueType.OUTPUT_FILE, null, Group.SCHEMA,
            "The file schema writes, replaced as a whole; the schema goes to standard output (the build log) when"
                    + " not given."),
    SCHEMA_FROM("schemaFrom", ValueType.choice(SchemaSource.class, SchemaSource::label), SchemaSource.LIVE,
            Group.SCHEMA, "live: the live keyspace's schema; scripts: the schema every script builds, replayed on a"
                    + " throw-away node, without connecting to the cluster."),
    LINT_OFFLINE("lintOffline", ValueType.BOOLEAN, false, Group.LINT,
            "Lint without connecting: every script (or those from lintFromVersion on) against the release line of"
                    + " embeddedVersion; the rules that need the cluster are skipped."),
    LINT_FROM_VERSION("lintFromVersion", ValueType.VERSION, null, Group.LINT,
            "With lintOffline, the first script version to check; the scripts before it are read, not checked."),
    EXPORT_TABLE("exportTable", ValueType.TEXT, null, Group.EXPORT,
            "The table to export, [keyspace.]table; in the configured keyspace unless qualified."),
    EXPORT_WHERE("exportWhere", ValueType.TEXT, null, Group.EXPORT,
            "A CQL condition, as after WHERE (e.g. tenant = 'acme'); end it with ALLOW FILTERING to filter on other"
                    + " columns than the key."),
    EXPORT_FORMAT("exportFormat", ValueType.choice(ExportFormat.class, ExportFormat::extension), ExportFormat.YAML,
            Group.EXPORT, "The seed file format the export writes."),
    EXPORT_OUTPUT("exportOutput", ValueType.OUTPUT_FILE, null, Group.EXPORT,
            "The file to write; name it <table>.csv or <table>.json for seed to find the table."),
    EXPORT_PAGE_SIZE("exportPageSize", ValueType.POSITIVE_INTEGER, 1000, Group.EXPORT,
            "Rows export fetches per page: memory stays flat whatever the table's size."),
    EMBEDDED("embedded", ValueType.BOOLEAN, false, Group.EMBEDDED,
            "Start local Cassandra nodes for the command, connect to them instead of the contact points, and stop"
                    + " them when it ends; their data stays in the embedded directory for the next run."),
    EMBEDDED_VERSION("embeddedVersion", ValueType.CASSANDRA_VERSION, BuildProperties.embeddedCassandraVersion(),
            Group.EMBEDDED_NODES,
            "Cassandra version of the embedded nodes, 4.1 or later; a 6.x node has Accord transactions enabled. Given"
                    + " explicitly, also the release that diff and schema replay on and lint checks against, instead"
                    + " of the live cluster's."),
    EMBEDDED_DIRECTORY("embeddedDirectory", ValueType.DIRECTORY, ".cqlshift/embedded", Group.EMBEDDED_NODES,
            "Where the embedded nodes keep their data, configuration and logs."),
    EMBEDDED_NODES("embeddedNodes", ValueType.POSITIVE_INTEGER, 1, Group.EMBEDDED_NODES,
            "How many embedded nodes to start; more than one form a cluster on 127.0.0.2, 127.0.0.3 and so on."),
    EMBEDDED_JAVA_HOME("embeddedJavaHome", ValueType.DIRECTORY, null, Group.EMBEDDED_NODES,
            "The JDK that runs the embedded nodes and the throw-away node of diff and schema; by default the one"
                    + " running cqlshift. Cassandra 4.1 needs a Java 11."),
    EMBEDDED_AUTH("embeddedAuth", ValueType.BOOLEAN, false, Group.EMBEDDED_NODES,
            "The embedded nodes require password authentication; commands log in as the default superuser"
                    + " cassandra/cassandra unless a username is given."),
    EMBEDDED_YAML("embeddedYaml", ValueType.TEXT, null, Group.EMBEDDED_NODES,
            "Extra cassandra.yaml entries of the embedded nodes: KEY=VALUE, the value in YAML syntax; a map, one entry"
                    + " per KEY."),
    EMBEDDED_NATIVE_PORT("embeddedNativePort", ValueType.PORT, 0, Group.EMBEDDED_NODES,
            "The CQL port of a single embedded node; 0 picks a free one."),
    EMBEDDED_STARTUP_TIMEOUT("embeddedStartupTimeout", ValueType.POSITIVE_SECONDS, Duration.ofSeconds(120),
            Group.EMBEDDED_NODES, "Seconds to wait for each embedded node to accept CQL connections."),
    EMBEDDED_TOPOLOGY("embeddedTopology", ValueType.TOPOLOGY, null, Group.EMBEDDED_NODES,
            "Embedded nodes in several datacenters, DC:N for each, such as dc1:2,dc2:1: GossipingPropertyFileSnitch"
                    + " with those datacenters, rack1 in each; the first datacenter is local. Instead of embeddedNodes."),
    LOG_FORMAT("logFormat", ValueType.choice(OutputFormat.class, OutputFormat::label), OutputFormat.TEXT,
            Group.RUNNER, "text, or json: one JSON object per line for log collectors."),
    VERBOSE("verbose", ValueType.BOOLEAN, false, Group.RUNNER, "Print details of each step."),
    SKIP("skip", ValueType.BOOLEAN, false, Group.MAVEN_PLUGIN, "Skip the goal."),
    SERVER_ID("serverId", ValueType.TEXT, null, Group.MAVEN_PLUGIN,
            "The id of a <server> in settings.xml whose username and password (encrypted or not) log in, unless a"
                    + " username or password is given."),
    ENABLED("enabled", ValueType.BOOLEAN, true, Group.SPRING_BOOT, "Whether to migrate at startup."),
    SEED_ON_STARTUP("seedOnStartup", ValueType.BOOLEAN, false, Group.SPRING_BOOT,
            "Whether to load the seed files after migrating at startup.");

    /** The prefix of every setting's Maven property and properties-file key. */
    public static final String PROPERTY_PREFIX = "cassandra.";
    /** The prefix of every setting's environment variable. */
    public static final String ENVIRONMENT_PREFIX = "CASSANDRA_";
    /** The prefix of every setting's Spring Boot property. */
    public static final String SPRING_PREFIX = "cqlshift.";

    private final String key;
    private final ValueType<?> type;
    private final Object defaultValue;
    private final Group group;
    private final String description;

    Setting(String key, ValueType<?> type, Object defaultValue, Group group, String description) {
        this.key = key;
        this.type = type;
        this.defaultValue = defaultValue;
        this.group = group;
        this.description = description;
    }

    /** The one name, as in a POM's {@code <configuration>}: {@code lockTtl}. */
    public String key() {
        return key;
    }

    /** The runner's command-line option: {@code --lock-ttl}. */
    public String flag() {
        return "--" + words("-");
    }

    /** {@code CASSANDRA_LOCK_TTL}. */
    public String environmentVariable() {
        return ENVIRONMENT_PREFIX + words("_").toUpperCase(Locale.ROOT);
    }

    /** The Maven property, also the key in a properties file: {@code cassandra.lockTtl}. */
    public String property() {
        return PROPERTY_PREFIX + key;
    }

    /** The Spring Boot property: {@code cqlshift.lock-ttl}. */
    public String springProperty() {
        return SPRING_PREFIX + words("-");
    }

    /** The default as a user would write it, if there is one. */
    public Optional<String> defaultValue() {
        return Optional.ofNullable(defaultValue).map(value -> value instanceof String text ? text : type.text(value));
    }

    /**
     * The default as a value of the setting's type. A default written as text (a path, which is relative to the
     * working directory) is parsed as any other value is.
     */
    public Optional<Object> typedDefault() {
        return Optional.ofNullable(defaultValue).map(value -> value instanceof String text ? type.parse(text) : value);
    }

    /** What a value looks like, such as {@code SECONDS} or {@code HOST:PORT[,HOST:PORT...]}. */
    public String valueFormat() {
        return this == PLACEHOLDERS ? "NAME=VALUE" : this == EMBEDDED_YAML ? "KEY=VALUE" : type.format();
    }

    /** How the text of a value is parsed and checked. */
    public ValueType<?> type() {
        return type;
    }

    /** Every value the setting takes, when there are a few to choose from (for shell completion); empty otherwise. */
    public List<String> choices() {
        return type.choices();
    }

    /** A {@code true|false} setting, whose flag given alone means true (as {@code --tls}). */
    public boolean isSwitch() {
        return type.isSwitch();
    }

    /**
     * A map of names to values, given one entry at a time: {@code --placeholders name=value},
     * {@code CASSANDRA_PLACEHOLDERS_NAME}, {@code cassandra.placeholders.name}, {@code <placeholders><name>}.
     */
    public boolean isMap() {
        return this == PLACEHOLDERS || this == EMBEDDED_YAML;
    }

    public String description() {
        return description;
    }

    public boolean isSecret() {
        return this == PASSWORD;
    }

    /** The operations this setting changes. */
    public Set<Operation> operations() {
        return group.operations;
    }

    /** Whether the setting changes the operation, so that a front end offers it there. */
    public boolean appliesTo(Operation operation) {
        return group.operations.contains(operation);
    }

    /** The front ends that offer the setting. */
    public Set<FrontEnd> frontEnds() {
        return group.frontEnds;
    }

    public boolean isOfferedBy(FrontEnd frontEnd) {
        return group.frontEnds.contains(frontEnd);
    }

    /** The settings a front end offers for an operation, in declaration order. */
    public static List<Setting> offered(FrontEnd frontEnd, Operation operation) {
        return Arrays.stream(values())
                .filter(setting -> setting.isOfferedBy(frontEnd) && setting.appliesTo(operation)).toList();
    }

    /** The key's words joined by the separator, in lower case: {@code lock-ttl}. */
    private String words(String separator) {
        return key.replaceAll("([a-z0-9])([A-Z])", "$1" + separator + "$2").toLowerCase(Locale.ROOT);
    }

    /** Where a setting applies, and which front ends offer it. */
    private enum Group {
        CONNECTION(connected(), FrontEnd.values()),
        SOURCES(connected(), FrontEnd.RUNNER, FrontEnd.MAVEN_PLUGIN),
        MIGRATIONS(EnumSet.of(Operation.MIGRATE, Operation.INFO, Operation.VALIDATE, Operation.BASELINE,
                Operation.REPAIR, Operation.DIFF, Operation.SCHEMA, Operation.LINT, Operation.UP), FrontEnd.values()),
        MIGRATE(EnumSet.of(Operation.MIGRATE, Operation.UP), FrontEnd.values()),
        JAVA_MIGRATIONS(javaMigrationOperations(), FrontEnd.values()),
        CLASSPATH(EnumSet.of(Operation.MIGRATE, Operation.INFO, Operation.VALIDATE, Operation.BASELINE,
                Operation.REPAIR, Operation.DIFF, Operation.SCHEMA, Operation.LINT, Operation.UP), FrontEnd.RUNNER),
        LINT_ERRORS(EnumSet.of(Operation.MIGRATE, Operation.LINT, Operation.UP), FrontEnd.values()),
        LOCKING(EnumSet.of(Operation.MIGRATE, Operation.BASELINE, Operation.REPAIR, Operation.UP), FrontEnd.values()),
        MIGRATE_ONLY(EnumSet.of(Operation.MIGRATE), FrontEnd.RUNNER, FrontEnd.MAVEN_PLUGIN),
        BASELINE(EnumSet.of(Operation.BASELINE), FrontEnd.RUNNER, FrontEnd.MAVEN_PLUGIN),
        REPAIR(EnumSet.of(Operation.REPAIR), FrontEnd.RUNNER, FrontEnd.MAVEN_PLUGIN),
        SEEDS(EnumSet.of(Operation.SEED, Operation.UP), FrontEnd.values()),
        VERIFY(EnumSet.of(Operation.VERIFY, Operation.UP), FrontEnd.RUNNER, FrontEnd.MAVEN_PLUGIN),
        REPORTS(EnumSet.of(Operation.INFO, Operation.VERIFY, Operation.DIFF, Operation.LINT), FrontEnd.RUNNER,
                FrontEnd.MAVEN_PLUGIN),
        DIFF(EnumSet.of(Operation.DIFF), FrontEnd.RUNNER, FrontEnd.MAVEN_PLUGIN),
        SCHEMA(EnumSet.of(Operation.SCHEMA), FrontEnd.RUNNER, FrontEnd.MAVEN_PLUGIN),
        LINT(EnumSet.of(Operation.LINT), FrontEnd.RUNNER, FrontEnd.MAVEN_PLUGIN),
        EXPORT(EnumSet.of(Operation.EXPORT), FrontEnd.RUNNER, FrontEnd.MAVEN_PLUGIN),
        EMBEDDED(connected(), FrontEnd.RUNNER, FrontEnd.MAVEN_PLUGIN),
        EMBEDDED_NODES(withStart(connected()), FrontEnd.RUNNER, FrontEnd.MAVEN_PLUGIN),
        RUNNER(connected(), FrontEnd.RUNNER),
        MAVEN_PLUGIN(withStart(connected()), FrontEnd.MAVEN_PLUGIN),
        SPRING_BOOT(EnumSet.of(Operation.MIGRATE, Operation.SEED), FrontEnd.SPRING_BOOT);

        private final Set<Operation> operations;
        private final Set<FrontEnd> frontEnds;

        Group(Set<Operation> operations, FrontEnd... frontEnds) {
            this.operations = Collections.unmodifiableSet(operations);
            this.frontEnds = Collections.unmodifiableSet(EnumSet.copyOf(List.of(frontEnds)));
        }

        /** Every operation that connects to Cassandra. */
        /** The operations that weigh the migrations against the history: not diff, schema and lint, which read CQL. */
        private static Set<Operation> javaMigrationOperations() {
            return EnumSet.of(Operation.MIGRATE, Operation.INFO, Operation.VALIDATE, Operation.BASELINE,
                    Operation.REPAIR, Operation.UP);
        }

        private static Set<Operation> connected() {
            return EnumSet.complementOf(EnumSet.of(Operation.START));
        }

        private static Set<Operation> withStart(Set<Operation> operations) {
            Set<Operation> with = EnumSet.copyOf(operations);
            with.add(Operation.START);
            return with;
        }
    }
}
