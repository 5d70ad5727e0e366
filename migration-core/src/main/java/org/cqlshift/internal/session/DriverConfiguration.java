package org.cqlshift.internal.session;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.config.DriverConfigLoader;
import com.datastax.oss.driver.api.core.config.OptionsMap;
import com.datastax.oss.driver.api.core.config.TypedDriverOption;
import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigParseOptions;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.cqlshift.api.SchemaSessionOptions;
import org.cqlshift.api.config.Configuration;
import org.cqlshift.api.config.ConfigurationException;
import org.cqlshift.api.config.Setting;

/**
 * The driver configuration of a session: the settings cqlshift gives the driver, over the user's driver
 * configuration file when there is one, over the driver's defaults. A setting given explicitly wins over the
 * file; one left at its default yields to an option the file sets, so that the file is not silently overridden
 * by values nobody asked for.
 */
final class DriverConfiguration {

    /** The driver's own root path of its options in a configuration file. */
    private static final String ROOT = "datastax-java-driver";

    private final Configuration configuration;
    private final Path file;
    /** The file over the driver's reference configuration; null without a file. */
    private final Config merged;
    /** What the file and system properties set; null without a file. */
    private final Config given;

    private DriverConfiguration(Configuration configuration, Path file, Config merged, Config given) {
        this.configuration = configuration;
        this.file = file;
        this.merged = merged;
        this.given = given;
    }

    /**
     * Reads the user's driver configuration file, if one is set, once: a mistake in it is reported before
     * connecting, with its line.
     */
    static DriverConfiguration of(Configuration configuration) {
        Path file = configuration.driverConfig().orElse(null);
        if (file == null) {
            return new DriverConfiguration(configuration, null, null, null);
        }
        try {
            ConfigFactory.invalidateCaches();
            Config given = ConfigFactory.defaultOverrides().withFallback(
                    ConfigFactory.parseFile(file.toFile(), ConfigParseOptions.defaults().setAllowMissing(false)));
            Config merged = given.withFallback(ConfigFactory.defaultReference(CqlSession.class.getClassLoader()))
                    .resolve();
            return new DriverConfiguration(configuration, file, merged, given.resolveWith(merged));
        } catch (ConfigException e) {
            throw new ConfigurationException("Cannot read the driver configuration " + file + ": " + e.getMessage(),
                    "Fix the file (HOCON, as the driver's application.conf) or unset " + Setting.DRIVER_CONFIG.flag()
                            + ".", e);
        }
    }

    /** Whether the setting's value goes to the driver: explicit, or not set by the driver configuration file. */
    boolean applies(Setting setting, TypedDriverOption<?> option) {
        return given == null || configuration.isExplicit(setting) || !fileSets(option);
    }

    /** The contact points the session connects to, as host:port. */
    String contactPoints() {
        if (applies(Setting.CONTACT_POINTS, TypedDriverOption.CONTACT_POINTS)) {
            return configuration.contactPoints().stream()
                    .map(point -> point.getHostString() + ":" + point.getPort())
                    .collect(Collectors.joining(","));
        }
        return String.join(",", merged.getStringList(path(TypedDriverOption.CONTACT_POINTS)));
    }

    List<InetSocketAddress> explicitContactPoints() {
        return applies(Setting.CONTACT_POINTS, TypedDriverOption.CONTACT_POINTS)
                ? configuration.contactPoints() : List.of();
    }

    /** The given settings, under the options of every schema session ({@link SchemaSessionOptions}). */
    DriverConfigLoader loader() {
        OptionsMap settings = SchemaSessionOptions.forKeyspace(configuration.keyspace());
        if (given != null && configuration.isExplicit(Setting.CONTACT_POINTS)
                && fileSets(TypedDriverOption.CONTACT_POINTS)) {
            // The driver would add the file's contact points to the given ones; given, they replace them.
            settings.put(TypedDriverOption.CONTACT_POINTS, List.of());
        }
        putIfApplies(settings, Setting.LOCAL_DATACENTER, TypedDriverOption.LOAD_BALANCING_LOCAL_DATACENTER,
                configuration.localDatacenter());
        putIfApplies(settings, Setting.CONSISTENCY, TypedDriverOption.REQUEST_CONSISTENCY,
                configuration.consistency().name());
        putIfApplies(settings, Setting.SERIAL_CONSISTENCY, TypedDriverOption.REQUEST_SERIAL_CONSISTENCY,
                configuration.serialConsistency().name());
        putIfApplies(settings, Setting.SCHEMA_AGREEMENT_TIMEOUT, TypedDriverOption.CONTROL_CONNECTION_AGREEMENT_TIMEOUT,
                configuration.schemaAgreementTimeout());
        putIfApplies(settings, Setting.REQUEST_TIMEOUT, TypedDriverOption.REQUEST_TIMEOUT,
                configuration.requestTimeout());
        settings.put(TypedDriverOption.CONNECTION_INIT_QUERY_TIMEOUT, Duration.ofSeconds(5));
        return DriverConfigLoader.compose(DriverConfigLoader.fromMap(settings), file == null
                ? DriverConfigLoader.fromDefaults(defaultsLoader()) : DriverConfigLoader.fromPath(file));
    }

    private <T> void putIfApplies(OptionsMap settings, Setting setting, TypedDriverOption<T> option, T value) {
        if (applies(setting, option)) {
            settings.put(option, value);
        }
    }

    private boolean fileSets(TypedDriverOption<?> option) {
        return given.hasPath(path(option));
    }

    private static String path(TypedDriverOption<?> option) {
        return ROOT + "." + option.getRawOption().getPath();
    }

    /** Where the driver's defaults and an application.conf are found, as the driver itself looks for them. */
    private static ClassLoader defaultsLoader() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : CqlSession.class.getClassLoader();
    }
}
