package org.cqlshift.api.config;

import com.datastax.oss.driver.api.core.DefaultConsistencyLevel;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Builds a {@link Configuration} from layered sources. The precedence, highest first:
 * <ol>
 *   <li>explicit values: the runner's flags, or the plugin's POM configuration and {@code -D} properties;</li>
 *   <li>environment variables ({@code CASSANDRA_*});</li>
 *   <li>a properties file, keyed by the Maven property names ({@code cassandra.keyspace=...});</li>
 *   <li>the front end's own defaults (the plugin's {@code ${project.basedir}/migrations});</li>
 *   <li>the defaults in {@link Setting}.</li>
 * </ol>
 * A value that cannot be used is reported with the place it came from.
 */
public final class ConfigurationResolver {

    /** User-defined script placeholders: {@code cassandra.placeholders.<name>} in properties. */
    public static final String PLACEHOLDER_PROPERTY_PREFIX = "cassandra.placeholders.";
    /** User-defined script placeholders: {@code CASSANDRA_PLACEHOLDER_<NAME>} in the environment (name lower-cased). */
    public static final String PLACEHOLDER_ENVIRONMENT_PREFIX = "CASSANDRA_PLACEHOLDER_";

    private final Map<Setting, String> explicit = new EnumMap<>(Setting.class);
    private final Map<String, String> environment = new LinkedHashMap<>();
    private final Map<String, String> fileProperties = new LinkedHashMap<>();
    private final Map<Setting, String> frontEndDefaults = new EnumMap<>(Setting.class);
    private final Map<String, String> explicitPlaceholders = new LinkedHashMap<>();
    private Path propertiesFile;
    private ClassLoader classLoader;

    private ConfigurationResolver() {
    }

    public static ConfigurationResolver create() {
        return new ConfigurationResolver();
    }

    /** A value given explicitly; null or blank values are ignored, so unset options can be passed as they are. */
    public ConfigurationResolver explicit(Setting setting, String value) {
        if (value != null && !value.isBlank()) {
            explicit.put(setting, value);
        }
        return this;
    }

    public ConfigurationResolver explicitPlaceholders(Map<String, String> placeholders) {
        explicitPlaceholders.putAll(placeholders);
        return this;
    }

    public ConfigurationResolver environment(Map<String, String> variables) {
        environment.putAll(variables);
        return this;
    }

    /** Reads a properties file; a file that cannot be read is a configuration error naming it. */
    public ConfigurationResolver propertiesFile(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new ConfigurationException("Cannot read configuration file " + file.toAbsolutePath() + ": " + e,
                    "Check that the file exists and is readable.", e);
        }
        properties.stringPropertyNames().forEach(name -> fileProperties.put(name, properties.getProperty(name)));
        propertiesFile = file.toAbsolutePath();
        return this;
    }

    /** Where {@code classpath:} locations are looked up, such as the Maven project's resources. */
    public ConfigurationResolver classLoader(ClassLoader loader) {
        this.classLoader = loader;
        return this;
    }

    /**
     * A default that replaces the built-in one, such as the plugin's migrations folder under the project; like
     * the built-in one, it yields to the driver configuration file.
     */
    public ConfigurationResolver frontEndDefault(Setting setting, String value) {
        frontEndDefaults.put(setting, value);
        return this;
    }

    /** The value a setting resolves to and the place it came from, if any. */
    public Optional<Value> value(Setting setting) {
        if (explicit.containsKey(setting)) {
            return Optional.of(new Value(explicit.get(setting), "option " + setting.flag() + " / " + setting.property(),
                    0));
        }
        String fromEnvironment = environment.get(setting.environmentVariable());
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return Optional.of(new Value(fromEnvironment, "environment variable " + setting.environmentVariable(), 1));
        }
        String fromFile = fileProperties.get(setting.property());
        if (fromFile != null && !fromFile.isBlank()) {
            return Optional.of(new Value(fromFile, "property " + setting.property() + " in " + propertiesFile, 2));
        }
        if (frontEndDefaults.containsKey(setting)) {
            return Optional.of(new Value(frontEndDefaults.get(setting), "default of " + setting.property(), 3));
        }
        return setting.defaultValue().map(v -> new Value(v, "default of " + setting.property(), 4));
    }

    public Configuration resolve() {
        Configuration.Builder builder = Configuration.builder();
        apply(Setting.CONTACT_POINTS, v -> builder.contactPoints(ContactPoints.parse(v)));
        apply(Setting.LOCAL_DC, builder::localDatacenter);
        apply(Setting.KEYSPACE, builder::keyspace);
        apply(Setting.REPLICATION, v -> builder.replication(Replication.parse(v)));
        apply(Setting.MIGRATIONS, v -> builder.migrations(Location.parse(v)));
        apply(Setting.SEEDS, v -> builder.seeds(Location.parse(v)));
        apply(Setting.SEED_PROFILE, builder::seedProfile);
        apply(Setting.SCHEMA_AGREEMENT_TIMEOUT, v -> builder.schemaAgreementTimeout(seconds(v)));
        apply(Setting.REQUEST_TIMEOUT, v -> builder.requestTimeout(seconds(v)));
        apply(Setting.WAIT_TIMEOUT, v -> builder.waitTimeout(seconds(v)));
        apply(Setting.LOCK_TTL, v -> builder.lockTtl(seconds(v)));
        apply(Setting.LOCK_RENEWAL_INTERVAL, v -> builder.lockRenewalInterval(seconds(v)));
        apply(Setting.PLACEHOLDER_REPLACEMENT, v -> builder.placeholderReplacement(bool(v)));
        apply(Setting.VALIDATE_ON_MIGRATE, v -> builder.validateOnMigrate(bool(v)));
        if (classLoader != null) {
            builder.classLoader(classLoader);
        }
        apply(Setting.CONSISTENCY, v -> builder.consistency(consistencyLevel(v)));
        apply(Setting.SERIAL_CONSISTENCY, v -> builder.serialConsistency(consistencyLevel(v)));
        apply(Setting.DRIVER_CONFIG, v -> builder.driverConfig(readableFile(v)));
        applyCredentials(builder);
        applyTls(builder);
        placeholders().forEach((name, value) -> {
            try {
                builder.placeholder(name, value.text());
            } catch (IllegalArgumentException e) {
                throw new ConfigurationException("Invalid placeholder '" + name + "' from " + value.source() + ": "
                        + e.getMessage(),
                        "Rename the placeholder; keyspace and replication come from their own settings.", e);
            }
        });
        // The setters mark every setting given; one fed a default must still yield to the driver configuration.
        for (Setting setting : Setting.values()) {
            if (value(setting).map(Value::isDefault).orElse(true)) {
                builder.defaulted(setting);
            }
        }
        return builder.build();
    }

    /** The user's placeholders by name, each with the place it came from; higher layers replace lower ones. */
    private Map<String, Value> placeholders() {
        Map<String, Value> merged = new TreeMap<>();
        fileProperties.forEach((name, value) -> {
            if (name.startsWith(PLACEHOLDER_PROPERTY_PREFIX)) {
                merged.put(name.substring(PLACEHOLDER_PROPERTY_PREFIX.length()),
                        new Value(value, "property " + name + " in " + propertiesFile, 2));
            }
        });
        environment.forEach((name, value) -> {
            if (name.startsWith(PLACEHOLDER_ENVIRONMENT_PREFIX) && !isSettingVariable(name)) {
                merged.put(name.substring(PLACEHOLDER_ENVIRONMENT_PREFIX.length()).toLowerCase(Locale.ROOT),
                        new Value(value, "environment variable " + name, 1));
            }
        });
        explicitPlaceholders.forEach((name, value) ->
                merged.put(name, new Value(value, "option --placeholder / <placeholders>", 0)));
        return merged;
    }

    /** CASSANDRA_PLACEHOLDER_REPLACEMENT is a setting, not a placeholder named replacement. */
    private static boolean isSettingVariable(String name) {
        return Arrays.stream(Setting.values()).anyMatch(setting -> setting.environmentVariable().equals(name));
    }

    private void applyCredentials(Configuration.Builder builder) {
        Optional<Value> username = value(Setting.USERNAME);
        Optional<Value> password = password();
        if (username.isPresent() != password.isPresent()) {
            Setting missing = username.isPresent() ? Setting.PASSWORD : Setting.USERNAME;
            Value given = username.isPresent() ? username.get() : password.get();
            throw new ConfigurationException(
                    "A " + (username.isPresent() ? "username" : "password") + " was given (" + given.source()
                            + ") without a " + (username.isPresent() ? "password" : "username") + ".",
                    "Set " + missing.flag() + " or " + missing.environmentVariable() + " as well, or neither.");
        }
        username.ifPresent(u -> builder.credentials(u.text(), Secret.of(password.get().text())));
    }

    /**
     * The password given directly or read from a file. Of the two, the one from the higher-precedence
     * source wins; both from the same kind of source is ambiguous and refused.
     */
    private Optional<Value> password() {
        Optional<Value> direct = value(Setting.PASSWORD);
        Optional<Value> file = value(Setting.PASSWORD_FILE);
        if (file.isEmpty()) {
            return direct;
        }
        if (direct.isPresent()) {
            if (direct.get().rank == file.get().rank) {
                throw new ConfigurationException("Both a password (" + direct.get().source() + ") and a password file ("
                        + file.get().source() + ") were given.",
                        "Give only one of " + Setting.PASSWORD.flag() + " and " + Setting.PASSWORD_FILE.flag() + ".");
            }
            if (direct.get().rank < file.get().rank) {
                return direct;
            }
        }
        return Optional.of(readSecretFile(file.get(), Setting.PASSWORD_FILE));
    }

    private static Value readSecretFile(Value file, Setting setting) {
        Path path = Path.of(file.text().trim());
        String content;
        try {
            content = Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            throw new ConfigurationException("Cannot read the password file " + path.toAbsolutePath() + " (from "
                    + file.source() + "): " + e.getClass().getSimpleName() + ".",
                    "Check that the file exists and is readable, e.g. that the Secret is mounted there.", e);
        }
        // Files written by editors, echo and Kubernetes tooling often end with a newline that is not part of it.
        String password = content.replaceAll("(\\r?\\n)+$", "");
        if (password.isEmpty()) {
            throw new ConfigurationException("The password file " + path.toAbsolutePath() + " (from " + file.source()
                    + ") is empty.", "Put the password in the file, or unset " + setting.flag() + ".");
        }
        return new Value(password, "password file " + path.toAbsolutePath(), file.rank);
    }

    /** TLS stays off unless enabled; a store given while it is off is a mistake worth stopping for. */
    private void applyTls(Configuration.Builder builder) {
        boolean[] enabled = new boolean[1];
        apply(Setting.TLS, v -> enabled[0] = bool(v));
        List<Setting> stores = List.of(Setting.TLS_TRUSTSTORE, Setting.TLS_TRUSTSTORE_PASSWORD_FILE,
                Setting.TLS_KEYSTORE, Setting.TLS_KEYSTORE_PASSWORD_FILE);
        if (!enabled[0]) {
            for (Setting store : stores) {
                Optional<Value> given = value(store);
                if (given.isPresent()) {
                    throw new ConfigurationException(store.property() + " was given (" + given.get().source()
                            + ") but TLS is off.", "Set " + Setting.TLS.flag() + " (" + Setting.TLS.environmentVariable()
                            + "=true) to connect with TLS, or remove " + store.flag() + ".");
                }
            }
            builder.tls(null);
            return;
        }
        TlsSettings[] tls = {TlsSettings.withDefaultTrust()};
        Optional<Value> truststorePassword = value(Setting.TLS_TRUSTSTORE_PASSWORD_FILE)
                .map(file -> readSecretFile(file, Setting.TLS_TRUSTSTORE_PASSWORD_FILE));
        apply(Setting.TLS_TRUSTSTORE, v -> tls[0] = tls[0].truststore(readableFile(v),
                truststorePassword.map(p -> Secret.of(p.text())).orElse(null)));
        if (truststorePassword.isPresent() && tls[0].truststore().isEmpty()) {
            throw missingStore(Setting.TLS_TRUSTSTORE_PASSWORD_FILE, Setting.TLS_TRUSTSTORE);
        }
        Optional<Value> keystorePassword = value(Setting.TLS_KEYSTORE_PASSWORD_FILE)
                .map(file -> readSecretFile(file, Setting.TLS_KEYSTORE_PASSWORD_FILE));
        Optional<Value> keystore = value(Setting.TLS_KEYSTORE);
        if (keystorePassword.isPresent() != keystore.isPresent()) {
            throw keystore.isPresent()
                    ? new ConfigurationException("A TLS keystore was given (" + keystore.get().source()
                            + ") without its password file.", "Set " + Setting.TLS_KEYSTORE_PASSWORD_FILE.flag()
                            + " (" + Setting.TLS_KEYSTORE_PASSWORD_FILE.environmentVariable() + ") as well.")
                    : missingStore(Setting.TLS_KEYSTORE_PASSWORD_FILE, Setting.TLS_KEYSTORE);
        }
        apply(Setting.TLS_KEYSTORE, v -> tls[0] = tls[0].keystore(readableFile(v),
                Secret.of(keystorePassword.orElseThrow().text())));
        apply(Setting.TLS_HOSTNAME_VERIFICATION, v -> tls[0] = tls[0].hostnameVerification(bool(v)));
        builder.tls(tls[0]);
    }

    private ConfigurationException missingStore(Setting passwordFile, Setting store) {
        return new ConfigurationException(passwordFile.property() + " was given (" + value(passwordFile)
                .orElseThrow().source() + ") without " + store.property() + ".",
                "Set " + store.flag() + " (" + store.environmentVariable() + ") to the store it unlocks.");
    }

    private static Path readableFile(String value) {
        Path path = Path.of(value);
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
            throw new IllegalArgumentException("no readable file at " + path.toAbsolutePath());
        }
        return path.toAbsolutePath();
    }

    private static DefaultConsistencyLevel consistencyLevel(String value) {
        try {
            return DefaultConsistencyLevel.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("expected a consistency level, one of "
                    + Arrays.toString(DefaultConsistencyLevel.values()));
        }
    }

    private void apply(Setting setting, ValueConsumer consumer) {
        Optional<Value> value = value(setting);
        if (value.isEmpty()) {
            return;
        }
        try {
            consumer.accept(value.get().text().trim());
        } catch (IllegalArgumentException e) {
            String shown = setting.isSecret() ? "" : " '" + value.get().text() + "'";
            throw new ConfigurationException(
                    "Invalid " + setting.property() + shown + " from " + value.get().source() + ": " + e.getMessage(),
                    "Fix the value; " + setting.flag() + ": " + setting.description(), e);
        }
    }

    private static boolean bool(String value) {
        if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(value);
        }
        throw new IllegalArgumentException("expected true or false");
    }

    private static Duration seconds(String value) {
        try {
            return Duration.ofSeconds(Long.parseLong(value));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expected a whole number of seconds");
        }
    }

    /** A resolved value and a description of where it came from, for messages. */
    public static final class Value {
        private final String text;
        private final String source;
        /** Precedence of the source, 0 for explicit values; lower wins. */
        private final int rank;

        Value(String text, String source, int rank) {
            this.text = text;
            this.source = source;
            this.rank = rank;
        }

        public String text() {
            return text;
        }

        public String source() {
            return source;
        }

        /** A default, the front end's or the built-in one, rather than a value the user gave. */
        public boolean isDefault() {
            return rank >= 3;
        }
    }

    @FunctionalInterface
    private interface ValueConsumer {
        void accept(String value);
    }
}
