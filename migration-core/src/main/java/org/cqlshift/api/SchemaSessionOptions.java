package org.cqlshift.api;

import com.datastax.oss.driver.api.core.config.DriverConfig;
import com.datastax.oss.driver.api.core.config.DriverConfigLoader;
import com.datastax.oss.driver.api.core.config.OptionsMap;
import com.datastax.oss.driver.api.core.config.TypedDriverOption;
import com.datastax.oss.driver.api.core.context.DriverContext;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.cqlshift.api.config.Configuration;

/**
 * The driver options of every session cqlshift opens for schema work, for an application that builds such a
 * session from its own driver configuration (as the Spring Boot starter does from Boot's session builder):
 * <ul>
 * <li>no schema metadata: refreshing it after every DDL statement waits out the driver's 1 s debouncer, which
 * is what makes migrating on an application's session slow; schema agreement is still checked after each
 * statement, and features that need table metadata call {@code refreshSchema()}, limited to the keyspace;</li>
 * <li>a 10 ms debouncer window and schema agreement polled every 20 ms;</li>
 * <li>closing in milliseconds instead of Netty's 2 s quiet period;</li>
 * <li>the session name {@code cqlshift}, which its threads carry ({@code cqlshift-io-0}, ...);</li>
 * <li>the Java clock for client timestamps, which starts faster than the native one;</li>
 * <li>no Insights reports, which only DataStax Enterprise takes.</li>
 * </ul>
 */
public final class SchemaSessionOptions {

    /** The driver's session name, and so the prefix of its threads' names. */
    public static final String SESSION_NAME = "cqlshift";

    private SchemaSessionOptions() {
    }

    /** The options, for a session whose schema work is in {@code keyspace}. */
    public static OptionsMap forKeyspace(String keyspace) {
        OptionsMap options = new OptionsMap();
        options.put(TypedDriverOption.METADATA_SCHEMA_ENABLED, false);
        options.put(TypedDriverOption.METADATA_SCHEMA_REFRESHED_KEYSPACES, List.of(keyspace));
        options.put(TypedDriverOption.METADATA_SCHEMA_WINDOW, Duration.ofMillis(10));
        options.put(TypedDriverOption.CONTROL_CONNECTION_AGREEMENT_INTERVAL, Duration.ofMillis(20));
        options.put(TypedDriverOption.SESSION_NAME, SESSION_NAME);
        // The native clock loads jnr-ffi, which generates code at start-up for seconds on a busy machine;
        // microsecond precision of client timestamps is of no use here.
        options.put(TypedDriverOption.TIMESTAMP_GENERATOR_FORCE_JAVA_CLOCK, true);
        // Closing the session otherwise waits out Netty's 2 s quiet period. A short one remains: with none, the
        // driver's own last close notifications are rejected and logged as errors.
        options.put(TypedDriverOption.NETTY_IO_SHUTDOWN_UNIT, "MILLISECONDS");
        options.put(TypedDriverOption.NETTY_IO_SHUTDOWN_QUIET_PERIOD, 100);
        options.put(TypedDriverOption.NETTY_IO_SHUTDOWN_TIMEOUT, 15_000);
        options.put(TypedDriverOption.NETTY_ADMIN_SHUTDOWN_UNIT, "MILLISECONDS");
        options.put(TypedDriverOption.NETTY_ADMIN_SHUTDOWN_QUIET_PERIOD, 100);
        options.put(TypedDriverOption.NETTY_ADMIN_SHUTDOWN_TIMEOUT, 15_000);
        // Insights reports go to DataStax Enterprise only.
        options.put(TypedDriverOption.MONITOR_REPORTING_ENABLED, false);
        return options;
    }

    /**
     * The application's driver configuration with these options laid over it, and the configuration's keyspace
     * and timeouts ({@link Configuration#requestTimeout()}, {@link Configuration#schemaAgreementTimeout()}: DDL
     * needs longer than the driver's 2 s default); every other option (contact points, datacenter, consistency,
     * profiles) is the application's. The application's loader is only read: the session built with the returned
     * loader neither initialises nor closes it, so it stays fit for the application's own sessions.
     */
    public static DriverConfigLoader over(DriverConfigLoader application, Configuration configuration) {
        OptionsMap options = forKeyspace(configuration.keyspace());
        options.put(TypedDriverOption.REQUEST_TIMEOUT, configuration.requestTimeout());
        options.put(TypedDriverOption.CONTROL_CONNECTION_AGREEMENT_TIMEOUT, configuration.schemaAgreementTimeout());
        return DriverConfigLoader.compose(DriverConfigLoader.fromMap(options), new ReadOnly(application));
    }

    /** Another session's loader, read but never bound to this session's lifecycle. */
    private record ReadOnly(DriverConfigLoader loader) implements DriverConfigLoader {

        private ReadOnly {
            Objects.requireNonNull(loader, "loader");
        }

        @Override
        public DriverConfig getInitialConfig() {
            return loader.getInitialConfig();
        }

        @Override
        public void onDriverInit(DriverContext context) {
        }

        @Override
        public CompletionStage<Boolean> reload() {
            return CompletableFuture.failedFuture(new UnsupportedOperationException(
                    "The configuration of a schema session is not reloaded"));
        }

        @Override
        public boolean supportsReloading() {
            return false;
        }

        @Override
        public void close() {
        }
    }
}
