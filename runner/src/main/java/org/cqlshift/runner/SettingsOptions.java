package org.cqlshift.runner;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cqlshift.api.config.ConfigurationResolver;
import org.cqlshift.api.config.Setting;
import picocli.CommandLine.Option;

/**
 * The connection and location options every command shares. Names match {@link Setting}; a test
 * keeps the two in step.
 */
public final class SettingsOptions {

    @Option(names = "--contact-points", paramLabel = "HOST:PORT[,HOST:PORT...]",
            description = "Nodes to connect to (env CASSANDRA_CONTACT_POINTS, default 127.0.0.1:9042).")
    String contactPoints;

    @Option(names = "--local-dc", paramLabel = "DC",
            description = "Local datacenter (env CASSANDRA_LOCAL_DC, default datacenter1).")
    String localDc;

    @Option(names = "--keyspace", paramLabel = "NAME",
            description = "Target keyspace (env CASSANDRA_KEYSPACE, default quickstart).")
    String keyspace;

    @Option(names = "--replication", paramLabel = "STRATEGY",
            description = "SimpleStrategy:<n> or NetworkTopologyStrategy:<dc>=<n>[,...] for ${replication}"
                    + " (env CASSANDRA_REPLICATION, default SimpleStrategy:1).")
    String replication;

    @Option(names = "--username", paramLabel = "USER", description = "User name (env CASSANDRA_USERNAME).")
    String username;

    @Option(names = "--password", paramLabel = "PASSWORD", arity = "0..1", interactive = true,
            description = "Password (env CASSANDRA_PASSWORD); prompted for when given without a value.")
    String password;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "File holding the password, e.g. a mounted Secret; a trailing newline is ignored"
                    + " (env CASSANDRA_PASSWORD_FILE).")
    String passwordFile;

    @Option(names = "--migrations", paramLabel = "DIR|classpath:FOLDER",
            description = "CQL scripts (env CASSANDRA_MIGRATIONS, default ./migrations).")
    String migrations;

    @Option(names = "--seeds", paramLabel = "DIR", description = "YAML seeds (env CASSANDRA_SEEDS, default ./seeds).")
    String seeds;

    @Option(names = "--profile", paramLabel = "PROFILE",
            description = "Seed profile: also load <seeds>/PROFILE/ (env CASSANDRA_SEED_PROFILE).")
    String seedProfile;

    @Option(names = "--schema-agreement-timeout", paramLabel = "SECONDS",
            description = "Wait for schema agreement after each DDL statement"
                    + " (env CASSANDRA_SCHEMA_AGREEMENT_TIMEOUT, default 30).")
    String schemaAgreementTimeout;

    @Option(names = "--request-timeout", paramLabel = "SECONDS",
            description = "Timeout of one request (env CASSANDRA_REQUEST_TIMEOUT, default 30).")
    String requestTimeout;

    @Option(names = "--wait-timeout", paramLabel = "SECONDS",
            description = "Keep retrying the connection while Cassandra is not reachable yet, up to this long"
                    + " (env CASSANDRA_WAIT_TIMEOUT, default 0: try once).")
    String waitTimeout;

    @Option(names = "--consistency", paramLabel = "LEVEL",
            description = "Consistency of history reads and writes and of seed writes"
                    + " (env CASSANDRA_CONSISTENCY, default QUORUM).")
    String consistency;

    @Option(names = "--serial-consistency", paramLabel = "SERIAL|LOCAL_SERIAL",
            description = "Serial consistency of the migration lock (env CASSANDRA_SERIAL_CONSISTENCY, default SERIAL).")
    String serialConsistency;

    @Option(names = "--tls", paramLabel = "true|false", arity = "0..1", fallbackValue = "true",
            description = "Connect with TLS (env CASSANDRA_TLS, default false).")
    String tls;

    @Option(names = "--tls-truststore", paramLabel = "FILE",
            description = "PKCS12 or JKS store of the trusted certificates (env CASSANDRA_TLS_TRUSTSTORE).")
    String tlsTruststore;

    @Option(names = "--tls-truststore-password-file", paramLabel = "FILE",
            description = "File holding the truststore's password (env CASSANDRA_TLS_TRUSTSTORE_PASSWORD_FILE).")
    String tlsTruststorePasswordFile;

    @Option(names = "--tls-keystore", paramLabel = "FILE",
            description = "PKCS12 or JKS store of the client's key and certificate, for mutual TLS"
                    + " (env CASSANDRA_TLS_KEYSTORE).")
    String tlsKeystore;

    @Option(names = "--tls-keystore-password-file", paramLabel = "FILE",
            description = "File holding the keystore's password (env CASSANDRA_TLS_KEYSTORE_PASSWORD_FILE).")
    String tlsKeystorePasswordFile;

    @Option(names = "--tls-hostname-verification", paramLabel = "true|false",
            description = "Check node certificates against their addresses"
                    + " (env CASSANDRA_TLS_HOSTNAME_VERIFICATION, default true).")
    String tlsHostnameVerification;

    @Option(names = "--driver-config", paramLabel = "FILE",
            description = "A driver application.conf for anything else; the settings above win over it"
                    + " (env CASSANDRA_DRIVER_CONFIG).")
    String driverConfig;

    @Option(names = "--placeholder", paramLabel = "NAME=VALUE",
            description = "A script placeholder ${NAME}; repeatable (env CASSANDRA_PLACEHOLDER_<NAME>).")
    Map<String, String> placeholders = new LinkedHashMap<>();

    @Option(names = "--config", paramLabel = "FILE",
            description = "Properties file keyed by the Maven property names, e.g. cassandra.keyspace=app.")
    Path configFile;

    /** The resolver with this command line's values, the environment and the config file layered. */
    public ConfigurationResolver resolver(Map<String, String> environment) {
        ConfigurationResolver resolver = ConfigurationResolver.create()
                .explicit(Setting.CONTACT_POINTS, contactPoints)
                .explicit(Setting.LOCAL_DC, localDc)
                .explicit(Setting.KEYSPACE, keyspace)
                .explicit(Setting.REPLICATION, replication)
                .explicit(Setting.USERNAME, username)
                .explicit(Setting.PASSWORD, password)
                .explicit(Setting.MIGRATIONS, migrations)
                .explicit(Setting.SEEDS, seeds)
                .explicit(Setting.SEED_PROFILE, seedProfile)
                .explicit(Setting.SCHEMA_AGREEMENT_TIMEOUT, schemaAgreementTimeout)
                .explicit(Setting.REQUEST_TIMEOUT, requestTimeout)
                .explicit(Setting.PASSWORD_FILE, passwordFile)
                .explicit(Setting.WAIT_TIMEOUT, waitTimeout)
                .explicit(Setting.CONSISTENCY, consistency)
                .explicit(Setting.SERIAL_CONSISTENCY, serialConsistency)
                .explicit(Setting.TLS, tls)
                .explicit(Setting.TLS_TRUSTSTORE, tlsTruststore)
                .explicit(Setting.TLS_TRUSTSTORE_PASSWORD_FILE, tlsTruststorePasswordFile)
                .explicit(Setting.TLS_KEYSTORE, tlsKeystore)
                .explicit(Setting.TLS_KEYSTORE_PASSWORD_FILE, tlsKeystorePasswordFile)
                .explicit(Setting.TLS_HOSTNAME_VERIFICATION, tlsHostnameVerification)
                .explicit(Setting.DRIVER_CONFIG, driverConfig)
                .explicitPlaceholders(placeholders)
                .environment(environment);
        if (configFile != null) {
            resolver.propertiesFile(configFile);
        }
        return resolver;
    }
}
