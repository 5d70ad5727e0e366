package org.cqlshift.api.config;

import java.util.Optional;

/**
 * Every setting, with the name it has in each place it can come from. These names are a public
 * contract: CI scripts and Kubernetes manifests rely on them.
 */
public enum Setting {
    CONTACT_POINTS("--contact-points", "CASSANDRA_CONTACT_POINTS", "cassandra.contactPoints", "127.0.0.1:9042",
            "Comma-separated host:port pairs of the nodes to connect to."),
    LOCAL_DC("--local-dc", "CASSANDRA_LOCAL_DC", "cassandra.localDc", "datacenter1",
            "The datacenter the driver treats as local."),
    KEYSPACE("--keyspace", "CASSANDRA_KEYSPACE", "cassandra.keyspace", "quickstart",
            "The keyspace that holds the tables and the migration history."),
    REPLICATION("--replication", "CASSANDRA_REPLICATION", "cassandra.replication", "SimpleStrategy:1",
            "The keyspace's replication, SimpleStrategy:<n> or NetworkTopologyStrategy:<dc>=<n>[,<dc>=<n>...];"
                    + " scripts use it as ${replication}."),
    USERNAME("--username", "CASSANDRA_USERNAME", "cassandra.username", null,
            "User name for password authentication."),
    PASSWORD("--password", "CASSANDRA_PASSWORD", "cassandra.password", null,
            "Password for password authentication. Never printed."),
    PASSWORD_FILE("--password-file", "CASSANDRA_PASSWORD_FILE", "cassandra.passwordFile", null,
            "File holding the password, such as a mounted Kubernetes Secret; a trailing newline is ignored."),
    MIGRATIONS("--migrations", "CASSANDRA_MIGRATIONS", "cassandra.migrations", "./migrations",
            "Directory of versioned CQL scripts, or classpath:<folder>."),
    SEEDS("--seeds", "CASSANDRA_SEEDS", "cassandra.seeds", "./seeds",
            "Directory of YAML seed files."),
    SEED_PROFILE("--profile", "CASSANDRA_SEED_PROFILE", "cassandra.seedProfile", null,
            "Seed profile: the files in <seeds>/<profile>/ load after the shared ones."),
    SCHEMA_AGREEMENT_TIMEOUT("--schema-agreement-timeout", "CASSANDRA_SCHEMA_AGREEMENT_TIMEOUT",
            "cassandra.schemaAgreementTimeout", "30",
            "Seconds to wait for all nodes to agree on the schema after each DDL statement."),
    REQUEST_TIMEOUT("--request-timeout", "CASSANDRA_REQUEST_TIMEOUT", "cassandra.requestTimeout", "30",
            "Seconds a single request may take before it fails."),
    WAIT_TIMEOUT("--wait-timeout", "CASSANDRA_WAIT_TIMEOUT", "cassandra.waitTimeout", "0",
            "Seconds to keep retrying the connection while Cassandra is not reachable yet; 0 tries once."),
    CONSISTENCY("--consistency", "CASSANDRA_CONSISTENCY", "cassandra.consistency", "QUORUM",
            "Consistency level of migration history reads and writes and of seed writes, such as QUORUM or"
                    + " LOCAL_QUORUM."),
    SERIAL_CONSISTENCY("--serial-consistency", "CASSANDRA_SERIAL_CONSISTENCY", "cassandra.serialConsistency",
            "SERIAL", "Serial consistency of the migration lock's lightweight transactions: SERIAL or LOCAL_SERIAL."),
    TLS("--tls", "CASSANDRA_TLS", "cassandra.tls", "false",
            "Connect with TLS: true or false."),
    TLS_TRUSTSTORE("--tls-truststore", "CASSANDRA_TLS_TRUSTSTORE", "cassandra.tlsTruststore", null,
            "PKCS12 or JKS store of the certificates that are trusted to sign the nodes' certificates;"
                    + " default the JDK's."),
    TLS_TRUSTSTORE_PASSWORD_FILE("--tls-truststore-password-file", "CASSANDRA_TLS_TRUSTSTORE_PASSWORD_FILE",
            "cassandra.tlsTruststorePasswordFile", null,
            "File holding the truststore's password; a trailing newline is ignored."),
    TLS_KEYSTORE("--tls-keystore", "CASSANDRA_TLS_KEYSTORE", "cassandra.tlsKeystore", null,
            "PKCS12 or JKS store of this client's key and certificate, for nodes that require client certificates."),
    TLS_KEYSTORE_PASSWORD_FILE("--tls-keystore-password-file", "CASSANDRA_TLS_KEYSTORE_PASSWORD_FILE",
            "cassandra.tlsKeystorePasswordFile", null,
            "File holding the keystore's password, also used for its key; a trailing newline is ignored."),
    TLS_HOSTNAME_VERIFICATION("--tls-hostname-verification", "CASSANDRA_TLS_HOSTNAME_VERIFICATION",
            "cassandra.tlsHostnameVerification", "true",
            "Check that each node's certificate names the address connected to: true or false."),
    DRIVER_CONFIG("--driver-config", "CASSANDRA_DRIVER_CONFIG", "cassandra.driverConfig", null,
            "A DataStax Java driver application.conf for anything else (load balancing, timeouts, a secure"
                    + " connect bundle); the settings above win over it.");

    private final String flag;
    private final String environmentVariable;
    private final String property;
    private final String defaultValue;
    private final String description;

    Setting(String flag, String environmentVariable, String property, String defaultValue, String description) {
        this.flag = flag;
        this.environmentVariable = environmentVariable;
        this.property = property;
        this.defaultValue = defaultValue;
        this.description = description;
    }

    /** The runner's command-line option. */
    public String flag() {
        return flag;
    }

    public String environmentVariable() {
        return environmentVariable;
    }

    /** The Maven property, also the key in a properties file. */
    public String property() {
        return property;
    }

    public Optional<String> defaultValue() {
        return Optional.ofNullable(defaultValue);
    }

    public String description() {
        return description;
    }

    public boolean isSecret() {
        return this == PASSWORD;
    }
}
