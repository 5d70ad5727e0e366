package org.cqlshift.internal.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import org.cqlshift.api.config.ConfigurationException;
import org.cqlshift.api.config.Setting;

/**
 * The places a setting's text can come from, and which wins: explicit values (a flag, a POM parameter or
 * {@code -D} property, a builder call), then {@code CASSANDRA_*} environment variables, then the properties
 * file of {@link Setting#CONFIG_FILE}, then the front end's own defaults, then the defaults in {@link Setting}.
 */
public final class SettingSources {

    /** Where a value came from, highest precedence first. */
    public enum Source {
        EXPLICIT, ENVIRONMENT, PROPERTIES_FILE, FRONT_END_DEFAULT, DEFAULT;

        public boolean isDefault() {
            return this == FRONT_END_DEFAULT || this == DEFAULT;
        }
    }

    /** A setting's text and a description of where it came from, for messages. */
    public record Value(String text, Source source, String origin) {
    }

    private final Map<Setting, String> explicit = new EnumMap<>(Setting.class);
    private final Map<Setting, Map<String, String>> explicitMaps = new EnumMap<>(Setting.class);
    private final Map<String, String> environment = new LinkedHashMap<>();
    private final Map<Setting, String> frontEndDefaults = new EnumMap<>(Setting.class);
    private final Map<String, String> fileProperties = new LinkedHashMap<>();
    private Path propertiesFile;

    /** An independent copy, to add values to without changing these sources. */
    public SettingSources copy() {
        SettingSources copy = new SettingSources();
        copy.explicit.putAll(explicit);
        explicitMaps.forEach((setting, entries) -> copy.explicitMaps.put(setting, new LinkedHashMap<>(entries)));
        copy.environment.putAll(environment);
        copy.frontEndDefaults.putAll(frontEndDefaults);
        return copy;
    }

    /** A value given explicitly; null or blank values are ignored, so unset options can be passed as they are. */
    public SettingSources explicit(Setting setting, String value) {
        if (value != null && !value.isBlank()) {
            explicit.put(setting, value);
        }
        return this;
    }

    /** Entries of a map setting ({@link Setting#isMap()}) given explicitly. */
    public SettingSources explicitEntries(Setting setting, Map<String, String> entries) {
        explicitMaps.computeIfAbsent(setting, key -> new LinkedHashMap<>()).putAll(entries);
        return this;
    }

    public SettingSources environment(Map<String, String> variables) {
        environment.putAll(variables);
        return this;
    }

    /** A default that replaces the built-in one, such as the plugin's migrations folder under the project. */
    public SettingSources frontEndDefault(Setting setting, String value) {
        if (value != null && !value.isBlank()) {
            frontEndDefaults.put(setting, value);
        }
        return this;
    }

    /** The value a setting resolves to and the place it came from, if any; the properties file is read first. */
    public Optional<Value> value(Setting setting) {
        if (explicit.containsKey(setting)) {
            return Optional.of(new Value(explicit.get(setting), Source.EXPLICIT,
                    "option " + setting.flag() + " / " + setting.property()));
        }
        String fromEnvironment = environment.get(setting.environmentVariable());
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return Optional.of(new Value(fromEnvironment, Source.ENVIRONMENT,
                    "environment variable " + setting.environmentVariable()));
        }
        String fromFile = setting == Setting.CONFIG_FILE ? null : fileProperties().get(setting.property());
        if (fromFile != null && !fromFile.isBlank()) {
            return Optional.of(new Value(fromFile, Source.PROPERTIES_FILE,
                    "property " + setting.property() + " in " + propertiesFile));
        }
        if (frontEndDefaults.containsKey(setting)) {
            return Optional.of(new Value(frontEndDefaults.get(setting), Source.FRONT_END_DEFAULT,
                    "default of " + setting.property()));
        }
        return setting.defaultValue().map(text -> new Value(text, Source.DEFAULT, "default of " + setting.property()));
    }

    /**
     * The entries of a map setting by name, each with the place it came from; higher sources replace lower ones.
     * In the environment a name is written in upper case and read in lower case.
     */
    public Map<String, Value> entries(Setting setting) {
        Map<String, Value> merged = new TreeMap<>();
        String propertyPrefix = setting.property() + ".";
        String environmentPrefix = setting.environmentVariable() + "_";
        fileProperties().forEach((name, value) -> {
            if (name.startsWith(propertyPrefix)) {
                merged.put(name.substring(propertyPrefix.length()),
                        new Value(value, Source.PROPERTIES_FILE, "property " + name + " in " + propertiesFile));
            }
        });
        environment.forEach((name, value) -> {
            if (name.startsWith(environmentPrefix) && !isSettingVariable(name)) {
                merged.put(name.substring(environmentPrefix.length()).toLowerCase(Locale.ROOT),
                        new Value(value, Source.ENVIRONMENT, "environment variable " + name));
            }
        });
        explicitMaps.getOrDefault(setting, Map.of()).forEach((name, value) -> merged.put(name,
                new Value(value, Source.EXPLICIT, "option " + setting.flag() + " / " + setting.property())));
        return merged;
    }

    private static boolean isSettingVariable(String name) {
        return Arrays.stream(Setting.values()).anyMatch(setting -> setting.environmentVariable().equals(name));
    }

    /** The properties file's entries, read once; a file that cannot be read is a configuration error naming it. */
    private Map<String, String> fileProperties() {
        if (propertiesFile != null) {
            return fileProperties;
        }
        Optional<Value> file = value(Setting.CONFIG_FILE);
        if (file.isEmpty()) {
            return fileProperties;
        }
        Path path = Path.of(file.get().text().trim()).toAbsolutePath();
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new ConfigurationException("Cannot read configuration file " + path + " (from " + file.get().origin()
                    + "): " + e, "Check that the file exists and is readable.", e);
        }
        properties.stringPropertyNames().forEach(name -> fileProperties.put(name, properties.getProperty(name)));
        propertiesFile = path;
        return fileProperties;
    }
}
