package org.cqlshift.internal.config;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.cqlshift.api.config.Configuration;
import org.cqlshift.api.config.ConfigurationException;
import org.cqlshift.api.config.Secret;
import org.cqlshift.api.config.Setting;
import org.cqlshift.api.config.TlsSettings;
import org.cqlshift.internal.config.SettingSources.Value;

/**
 * Turns the sources' texts into a {@link Configuration}: each setting parsed by its type, then the values that
 * several settings make together (credentials, TLS, placeholders). A value that cannot be used is reported with
 * the setting's name and the place it came from, the same way whichever front end gave it.
 */
public final class ConfigurationFactory {

    private static final Pattern PLACEHOLDER_NAME = Pattern.compile("[A-Za-z0-9_.-]+");

    private ConfigurationFactory() {
    }

    public static Configuration create(SettingSources sources, ClassLoader classLoader) {
        Map<Setting, Object> values = new EnumMap<>(Setting.class);
        Set<Setting> explicit = EnumSet.noneOf(Setting.class);
        for (Setting setting : Setting.values()) {
            if (setting.isMap() || ConnectionSecrets.SETTINGS.contains(setting)) {
                continue;
            }
            sources.value(setting).ifPresent(value -> {
                values.put(setting, parse(setting, value));
                if (!value.source().isDefault()) {
                    explicit.add(setting);
                }
            });
        }
        ConnectionSecrets secrets = new ConnectionSecrets(sources);
        Optional<Secret> password = secrets.credentials();
        if (password.isPresent()) {
            explicit.add(Setting.PASSWORD);
        }
        TlsSettings tls = secrets.tls(values);
        Map<String, String> embeddedYaml = new LinkedHashMap<>();
        sources.entries(Setting.EMBEDDED_YAML).forEach((key, value) -> embeddedYaml.put(key, value.text()));
        @SuppressWarnings("unchecked")
        List<Path> classpath = (List<Path>) values.getOrDefault(Setting.CLASSPATH, List.of());
        return new Configuration(values, explicit, placeholders(sources), embeddedYaml, password.orElse(null), tls,
                ExtraClasspath.over(classLoader, classpath));
    }

    /**
     * Parses a value of a setting.
     *
     * @throws ConfigurationException naming the setting, the value (unless secret) and where it came from
     */
    static Object parse(Setting setting, Value value) {
        try {
            return setting.type().parse(value.text());
        } catch (IllegalArgumentException e) {
            throw invalid(setting, value, e);
        }
    }

    static ConfigurationException invalid(Setting setting, Value value, IllegalArgumentException cause) {
        String shown = setting.isSecret() ? "" : " '" + value.text() + "'";
        return new ConfigurationException("Invalid " + setting.property() + shown + " from " + value.origin() + ": "
                + cause.getMessage(), "Fix the value; " + setting.flag() + ": " + setting.description(), cause);
    }

    private static Map<String, String> placeholders(SettingSources sources) {
        Map<String, String> placeholders = new LinkedHashMap<>();
        sources.entries(Setting.PLACEHOLDERS).forEach((name, value) -> {
            String problem = name.equals("keyspace") || name.equals("replication")
                    ? "placeholder '" + name + "' is defined by the setting of the same name and cannot be redefined"
                    : PLACEHOLDER_NAME.matcher(name).matches() ? null
                    : "expected a placeholder name of letters, digits, '_', '.' and '-' but found '" + name + "'";
            if (problem != null) {
                throw new ConfigurationException("Invalid placeholder '" + name + "' from " + value.origin() + ": "
                        + problem, "Rename the placeholder; keyspace and replication come from their own settings.");
            }
            placeholders.put(name, value.text());
        });
        return placeholders;
    }
}
