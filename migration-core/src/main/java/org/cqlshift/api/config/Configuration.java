package org.cqlshift.api.config;

import com.datastax.oss.driver.api.core.DefaultConsistencyLevel;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Everything the engine needs to know, whichever front end fed it. Immutable; build one with
 * {@link #builder()} or resolve one from the usual sources with {@link ConfigurationResolver}.
 */
public final class Configuration {

    private final List<InetSocketAddress> contactPoints;
    private final String localDatacenter;
    private final String keyspace;
    private final Replication replication;
    private final String username;
    private final Secret password;
    private final Location migrations;
    private final Location seeds;
    private final String seedProfile;
    private final Duration schemaAgreementTimeout;
    private final Duration requestTimeout;
    private final Duration waitTimeout;
    private final Duration lockTtl;
    private final Duration lockRenewalInterval;
    private final Map<String, String> placeholders;
    private final boolean placeholderReplacement;
    private final boolean validateOnMigrate;
    private final ClassLoader classLoader;
    private final DefaultConsistencyLevel consistency;
    private final DefaultConsistencyLevel serialConsistency;
    private final TlsSettings tls;
    private final Path driverConfig;
    private final Set<Setting> explicit;

    private Configuration(Builder builder) {
        this.contactPoints = List.copyOf(builder.contactPoints);
        this.localDatacenter = builder.localDatacenter;
        this.keyspace = builder.keyspace;
        this.replication = builder.replication;
        this.username = builder.username;
        this.password = builder.password;
        this.migrations = builder.migrations;
        this.seeds = builder.seeds;
        this.seedProfile = builder.seedProfile;
        this.schemaAgreementTimeout = builder.schemaAgreementTimeout;
        this.requestTimeout = builder.requestTimeout;
        this.waitTimeout = builder.waitTimeout;
        this.lockTtl = builder.lockTtl;
        this.lockRenewalInterval = builder.lockRenewalInterval;
        this.placeholders = Collections.unmodifiableMap(new LinkedHashMap<>(builder.placeholders));
        this.placeholderReplacement = builder.placeholderReplacement;
        this.validateOnMigrate = builder.validateOnMigrate;
        this.classLoader = builder.classLoader;
        this.consistency = builder.consistency;
        this.serialConsistency = builder.serialConsistency;
        this.tls = builder.tls;
        this.driverConfig = builder.driverConfig;
        this.explicit = Collections.unmodifiableSet(EnumSet.copyOf(builder.explicit));
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this configuration's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder builder = new Builder()
                .contactPoints(contactPoints)
                .localDatacenter(localDatacenter)
                .keyspace(keyspace)
                .replication(replication)
                .migrations(migrations)
                .seeds(seeds)
                .seedProfile(seedProfile)
                .schemaAgreementTimeout(schemaAgreementTimeout)
                .requestTimeout(requestTimeout)
                .waitTimeout(waitTimeout)
                .lockTtl(lockTtl)
                .lockRenewalInterval(lockRenewalInterval)
                .placeholders(placeholders)
                .placeholderReplacement(placeholderReplacement)
                .validateOnMigrate(validateOnMigrate)
                .classLoader(classLoader)
                .consistency(consistency)
                .serialConsistency(serialConsistency)
                .tls(tls)
                .driverConfig(driverConfig);
        builder.username = username;
        builder.password = password;
        builder.explicit.clear();
        builder.explicit.addAll(explicit);
        return builder;
    }

    public List<InetSocketAddress> contactPoints() {
        return contactPoints;
    }

    public String localDatacenter() {
        return localDatacenter;
    }

    public String keyspace() {
        return keyspace;
    }

    public Replication replication() {
        return replication;
    }

    public Optional<String> username() {
        return Optional.ofNullable(username);
    }

    public Optional<Secret> password() {
        return Optional.ofNullable(password);
    }

    public Location migrations() {
        return migrations;
    }

    public Location seeds() {
        return seeds;
    }

    /** The seed profile whose folder under the seeds directory also loads, if any. */
    public Optional<String> seedProfile() {
        return Optional.ofNullable(seedProfile);
    }

    public Duration schemaAgreementTimeout() {
        return schemaAgreementTimeout;
    }

    public Duration requestTimeout() {
        return requestTimeout;
    }

    /** How long to keep retrying while no node is reachable; zero means a single attempt. */
    public Duration waitTimeout() {
        return waitTimeout;
    }

    /** How long the migration lock lives after its last renewal, so a killed runner's lock is taken over then. */
    public Duration lockTtl() {
        return lockTtl;
    }

    /** How often a runner renews the migration lock it holds. */
    public Duration lockRenewalInterval() {
        return lockRenewalInterval;
    }

    /**
     * User-defined placeholders for scripts. {@code keyspace} and {@code replication} are always
     * defined from the settings of the same names.
     */
    public Map<String, String> placeholders() {
        return placeholders;
    }

    /** Whether {@code ${name}} in scripts is replaced; scripts can still opt out one by one. */
    public boolean placeholderReplacement() {
        return placeholderReplacement;
    }

    /** Whether migrate refuses to run while an applied script is edited or missing. */
    public boolean validateOnMigrate() {
        return validateOnMigrate;
    }

    /**
     * Where {@code classpath:} locations are looked up: the application's resources, or in the Maven
     * plugin the project's. By default the loader of the engine's own classes.
     */
    public ClassLoader classLoader() {
        return classLoader;
    }

    /** Consistency of migration history reads and writes and of seed writes. */
    public DefaultConsistencyLevel consistency() {
        return consistency;
    }

    /** Serial consistency of lightweight transactions: the migration lock, seeds inserted if absent. */
    public DefaultConsistencyLevel serialConsistency() {
        return serialConsistency;
    }

    /** How to connect with TLS; empty for plain connections. */
    public Optional<TlsSettings> tls() {
        return Optional.ofNullable(tls);
    }

    /** A driver configuration file: the settings given explicitly win over it, the defaults yield to it. */
    public Optional<Path> driverConfig() {
        return Optional.ofNullable(driverConfig);
    }

    /**
     * Whether the setting was given (by a flag, the environment, a properties file, the plugin or a builder call)
     * rather than left at its default, so that it wins over the driver configuration file.
     */
    public boolean isExplicit(Setting setting) {
        return explicit.contains(setting);
    }

    @Override
    public String toString() {
        return "Configuration{contactPoints=" + contactPoints + ", localDatacenter=" + localDatacenter
                + ", keyspace=" + keyspace + ", replication=" + replication + ", username=" + username
                + ", password=" + (password == null ? "none" : password) + ", migrations=" + migrations
                + ", seeds=" + seeds + ", waitTimeout=" + waitTimeout + ", consistency=" + consistency
                + ", serialConsistency=" + serialConsistency + ", tls=" + tls + ", driverConfig=" + driverConfig + "}";
    }

    /** Starts from the documented defaults; every setter checks its value. */
    public static final class Builder {
        private static final Pattern PLACEHOLDER_NAME = Pattern.compile("[A-Za-z0-9_.-]+");
        private static final List<DefaultConsistencyLevel> REGULAR_LEVELS = Arrays.stream(DefaultConsistencyLevel.values())
                .filter(level -> !level.isSerial()).collect(Collectors.toList());

        private List<InetSocketAddress> contactPoints =
                ContactPoints.parse(Setting.CONTACT_POINTS.defaultValue().orElseThrow());
        private String localDatacenter = Setting.LOCAL_DC.defaultValue().orElseThrow();
        private String keyspace = Setting.KEYSPACE.defaultValue().orElseThrow();
        private Replication replication = Replication.parse(Setting.REPLICATION.defaultValue().orElseThrow());
        private String username;
        private Secret password;
        private Location migrations = Location.parse(Setting.MIGRATIONS.defaultValue().orElseThrow());
        private Location seeds = Location.parse(Setting.SEEDS.defaultValue().orElseThrow());
        private String seedProfile;
        private Duration schemaAgreementTimeout =
                Duration.ofSeconds(Long.parseLong(Setting.SCHEMA_AGREEMENT_TIMEOUT.defaultValue().orElseThrow()));
        private Duration requestTimeout =
                Duration.ofSeconds(Long.parseLong(Setting.REQUEST_TIMEOUT.defaultValue().orElseThrow()));
        private Duration waitTimeout =
                Duration.ofSeconds(Long.parseLong(Setting.WAIT_TIMEOUT.defaultValue().orElseThrow()));
        private Duration lockTtl =
                Duration.ofSeconds(Long.parseLong(Setting.LOCK_TTL.defaultValue().orElseThrow()));
        private Duration lockRenewalInterval =
                Duration.ofSeconds(Long.parseLong(Setting.LOCK_RENEWAL_INTERVAL.defaultValue().orElseThrow()));
        private final Map<String, String> placeholders = new LinkedHashMap<>();
        private boolean placeholderReplacement =
                Boolean.parseBoolean(Setting.PLACEHOLDER_REPLACEMENT.defaultValue().orElseThrow());
        private boolean validateOnMigrate =
                Boolean.parseBoolean(Setting.VALIDATE_ON_MIGRATE.defaultValue().orElseThrow());
        private ClassLoader classLoader = Configuration.class.getClassLoader();
        private DefaultConsistencyLevel consistency =
                DefaultConsistencyLevel.valueOf(Setting.CONSISTENCY.defaultValue().orElseThrow());
        private DefaultConsistencyLevel serialConsistency =
                DefaultConsistencyLevel.valueOf(Setting.SERIAL_CONSISTENCY.defaultValue().orElseThrow());
        private TlsSettings tls;
        private Path driverConfig;
        /** The settings whose setter was called; the resolver takes back those it fed a default. */
        private final Set<Setting> explicit = EnumSet.noneOf(Setting.class);

        private Builder() {
        }

        public Builder contactPoints(List<InetSocketAddress> contactPoints) {
            if (contactPoints.isEmpty()) {
                throw new IllegalArgumentException("at least one contact point is needed");
            }
            this.contactPoints = new ArrayList<>(contactPoints);
            explicit.add(Setting.CONTACT_POINTS);
            return this;
        }

        public Builder localDatacenter(String localDatacenter) {
            this.localDatacenter = requireText(localDatacenter, "local datacenter");
            explicit.add(Setting.LOCAL_DC);
            return this;
        }

        public Builder keyspace(String keyspace) {
            this.keyspace = Identifiers.requireKeyspaceName(keyspace);
            explicit.add(Setting.KEYSPACE);
            return this;
        }

        public Builder replication(Replication replication) {
            this.replication = Objects.requireNonNull(replication, "replication");
            explicit.add(Setting.REPLICATION);
            return this;
        }

        public Builder credentials(String username, Secret password) {
            this.username = requireText(username, "username");
            this.password = Objects.requireNonNull(password, "password");
            explicit.add(Setting.USERNAME);
            explicit.add(Setting.PASSWORD);
            return this;
        }

        public Builder migrations(Location migrations) {
            this.migrations = Objects.requireNonNull(migrations, "migrations");
            explicit.add(Setting.MIGRATIONS);
            return this;
        }

        public Builder seeds(Location seeds) {
            this.seeds = Objects.requireNonNull(seeds, "seeds");
            explicit.add(Setting.SEEDS);
            return this;
        }

        /** A folder name under the seeds directory; null means none. */
        public Builder seedProfile(String seedProfile) {
            if (seedProfile != null && !seedProfile.matches("[A-Za-z0-9_.-]+")) {
                throw new IllegalArgumentException("expected a folder name of letters, digits, '.', '_' and '-'"
                        + " but found '" + seedProfile + "'");
            }
            this.seedProfile = seedProfile;
            mark(Setting.SEED_PROFILE, seedProfile != null);
            return this;
        }

        public Builder schemaAgreementTimeout(Duration timeout) {
            this.schemaAgreementTimeout = positive(timeout, "schema agreement timeout");
            explicit.add(Setting.SCHEMA_AGREEMENT_TIMEOUT);
            return this;
        }

        public Builder requestTimeout(Duration timeout) {
            this.requestTimeout = positive(timeout, "request timeout");
            explicit.add(Setting.REQUEST_TIMEOUT);
            return this;
        }

        public Builder waitTimeout(Duration timeout) {
            if (timeout.isNegative()) {
                throw new IllegalArgumentException("wait timeout must not be negative, found " + timeout);
            }
            this.waitTimeout = timeout;
            explicit.add(Setting.WAIT_TIMEOUT);
            return this;
        }

        public Builder lockTtl(Duration ttl) {
            this.lockTtl = positive(ttl, "lock TTL");
            explicit.add(Setting.LOCK_TTL);
            return this;
        }

        public Builder lockRenewalInterval(Duration interval) {
            this.lockRenewalInterval = positive(interval, "lock renewal interval");
            explicit.add(Setting.LOCK_RENEWAL_INTERVAL);
            return this;
        }

        /** A name is letters, digits, {@code _}, {@code .} and {@code -}, so that a script can write {@code ${name}}. */
        public Builder placeholder(String name, String value) {
            if (name.equals("keyspace") || name.equals("replication")) {
                throw new IllegalArgumentException("placeholder '" + name
                        + "' is defined by the setting of the same name and cannot be redefined");
            }
            if (!PLACEHOLDER_NAME.matcher(requireText(name, "placeholder name")).matches()) {
                throw new IllegalArgumentException("expected a placeholder name of letters, digits, '_', '.' and '-'"
                        + " but found '" + name + "'");
            }
            placeholders.put(name, Objects.requireNonNull(value, "value"));
            return this;
        }

        public Builder placeholders(Map<String, String> values) {
            placeholders.clear();
            values.forEach(this::placeholder);
            return this;
        }

        public Builder placeholderReplacement(boolean enabled) {
            this.placeholderReplacement = enabled;
            explicit.add(Setting.PLACEHOLDER_REPLACEMENT);
            return this;
        }

        public Builder validateOnMigrate(boolean enabled) {
            this.validateOnMigrate = enabled;
            explicit.add(Setting.VALIDATE_ON_MIGRATE);
            return this;
        }

        public Builder classLoader(ClassLoader classLoader) {
            this.classLoader = Objects.requireNonNull(classLoader, "classLoader");
            return this;
        }

        /** A level for ordinary reads and writes; the serial levels are refused here. */
        public Builder consistency(DefaultConsistencyLevel level) {
            if (Objects.requireNonNull(level, "consistency").isSerial()) {
                throw new IllegalArgumentException(level + " is a serial consistency level: it only applies to"
                        + " lightweight transactions; expected one of " + REGULAR_LEVELS);
            }
            this.consistency = level;
            explicit.add(Setting.CONSISTENCY);
            return this;
        }

        public Builder serialConsistency(DefaultConsistencyLevel level) {
            if (!Objects.requireNonNull(level, "serial consistency").isSerial()) {
                throw new IllegalArgumentException("expected SERIAL or LOCAL_SERIAL but found " + level);
            }
            this.serialConsistency = level;
            explicit.add(Setting.SERIAL_CONSISTENCY);
            return this;
        }

        /** Null connects without TLS. */
        public Builder tls(TlsSettings tls) {
            this.tls = tls;
            mark(Setting.TLS, tls != null);
            return this;
        }

        /** Null uses none. */
        public Builder driverConfig(Path file) {
            this.driverConfig = file;
            mark(Setting.DRIVER_CONFIG, file != null);
            return this;
        }

        /** For the resolver: the setting holds its default, whichever setter put it there. */
        Builder defaulted(Setting setting) {
            explicit.remove(setting);
            return this;
        }

        private void mark(Setting setting, boolean given) {
            if (given) {
                explicit.add(setting);
            } else {
                explicit.remove(setting);
            }
        }

        public Configuration build() {
            return new Configuration(this);
        }

        private static String requireText(String value, String what) {
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException(what + " must not be empty");
            }
            return value;
        }

        private static Duration positive(Duration duration, String what) {
            if (duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException(what + " must be positive, found " + duration);
            }
            return duration;
        }
    }
}
