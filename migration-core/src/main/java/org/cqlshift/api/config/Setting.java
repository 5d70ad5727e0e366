package org.cqlshift.api.config;

import java.util.Optional;

/**
 * Every setting, with the name it has in each place it can come from. These names are a public
 * contract: CI scripts and Kubernetes manifests rely on them.
 */
public enum Setting {
    CONTACT_POINTS("--contact-points", "CASSANDRA_CONTACT_POINTS", "cassandra.contactPoints", "127.0.0.1:9042",
            "HOST:PORT[,HOST:PORT...]", "Comma-separated host:port pairs of the nodes to connect to."),
    LOCAL_DC("--local-dc", "CASSANDRA_LOCAL_DC", "cassandra.localDc", "datacenter1",
            "DC", "The datacenter the driver treats as local."),
    KEYSPACE("--keyspace", "CASSANDRA_KEYSPACE", "cassandra.keyspace", "quickstart",
            "NAME", "The keyspace that holds the tables and the migration history."),
    REPLICATION("--replication", "CASSANDRA_REPLICATION", "cassandra.replication", "SimpleStrategy:1",
            "STRATEGY", "The keyspace's replication, SimpleStrategy:<n> or"
                    + " NetworkTopologyStrategy:<dc>=<n>[,<dc>=<n>...]; scripts use it as ${replication}."),
    USERNAME("--username", "CASSANDRA_USERNAME", "cassandra.username", null,
            "USER", "User name for password authentication."),
    PASSWORD("--password", "CASSANDRA_PASSWORD", "cassandra.password", null,
            "PASSWORD", "Password for password authentication. Never printed."),
    PASSWORD_FILE("--password-file", "CASSANDRA_PASSWORD_FILE", "cassandra.passwordFile", null,
            "FILE", "File holding the password, such as a mounted Kubernetes Secret; a trailing newline is ignored."),
    MIGRATIONS("--migrations", "CASSANDRA_MIGRATIONS", "cassandra.migrations", "./migrations",
            "DIR|classpath:FOLDER", "Directory of versioned CQL scripts, or classpath:<folder>."),
    SEEDS("--seeds", "CASSANDRA_SEEDS", "cassandra.seeds", "./seeds",
            "DIR", "Directory of YAML seed files."),
    SEED_PROFILE("--profile", "CASSANDRA_SEED_PROFILE", "cassandra.seedProfile", null,
            "PROFILE", "Seed profile: the files in <seeds>/<profile>/ load after the shared ones."),
    SCHEMA_AGREEMENT_TIMEOUT("--schema-agreement-timeout", "CASSANDRA_SCHEMA_AGREEMENT_TIMEOUT",
            "cassandra.schemaAgreementTimeout", "30",
            "SECONDS", "Seconds to wait for all nodes to agree on the schema after each DDL statement."),
    REQUEST_TIMEOUT("--request-timeout", "CASSANDRA_REQUEST_TIMEOUT", "cassandra.requestTimeout", "30",
            "SECONDS", "Seconds a single request may take before it fails."),
    WAIT_TIMEOUT("--wait-timeout", "CASSANDRA_WAIT_TIMEOUT", "cassandra.waitTimeout", "0",
            "SECONDS", "Seconds to keep retrying the connection while Cassandra is not reachable yet; 0 tries once."),
    LOCK_TTL("--lock-ttl", "CASSANDRA_LOCK_TTL", "cassandra.lockTtl", "30",
            "SECONDS", "Seconds the migration lock outlives its last renewal: how soon another runner takes over the"
                    + " lock of one that was killed."),
    LOCK_RENEWAL_INTERVAL("--lock-renewal-interval", "CASSANDRA_LOCK_RENEWAL_INTERVAL",
            "cassandra.lockRenewalInterval", "10",
            "SECONDS", "Seconds between renewals of the migration lock while migrating; less than the lock TTL."),
    PLACEHOLDER_REPLACEMENT("--placeholder-replacement", "CASSANDRA_PLACEHOLDER_REPLACEMENT",
            "cassandra.placeholderReplacement", "true",
            "true|false", "Whether ${name} in scripts is replaced; false leaves every script's text as it is."
                    + " A script whose first line is '-- placeholders: off' is always left as it is."),
    VALIDATE_ON_MIGRATE("--validate-on-migrate", "CASSANDRA_VALIDATE_ON_MIGRATE", "cassandra.validateOnMigrate",
            "true", "true|false", "Whether migrate first refuses to run when an applied script was edited or"
                    + " removed; false applies the pending scripts anyway (info still shows the edits)."),
    CONSISTENCY("--consistency", "CASSANDRA_CONSISTENCY", "cassandra.consistency", "QUORUM",
            "LEVEL", "Consistency level of migration history reads and writes and of seed writes, such as QUORUM or"
                    + " LOCAL_QUORUM."),
    SERIAL_CONSISTENCY("--serial-consistency", "CASSANDRA_SERIAL_CONSISTENCY", "cassandra.serialConsistency",
            "SERIAL", "SERIAL|LOCAL_SERIAL",
            "Serial consistency of the migration lock's lightweight transactions: SERIAL or LOCAL_SERIAL."),
    TLS("--tls", "CASSANDRA_TLS", "cassandra.tls", "false",
            "true|false", "Connect with TLS: true or false."),
    TLS_TRUSTSTORE("--tls-truststore", "CASSANDRA_TLS_TRUSTSTORE", "cassandra.tlsTruststore", null,
            "FILE", "PKCS12 or JKS store of the certificates that are trusted to sign the nodes' certificates;"
                    + " default the JDK's."),
    TLS_TRUSTSTORE_PASSWORD_FILE("--tls-truststore-password-file", "CASSANDRA_TLS_TRUSTSTORE_PASSWORD_FILE",
            "cassandra.tlsTruststorePasswordFile", null,
            "FILE", "File holding the truststore's password; a trailing newline is ignored."),
    TLS_KEYSTORE("--tls-keystore", "CASSANDRA_TLS_KEYSTORE", "cassandra.tlsKeystore", null,
            "FILE", "PKCS12 or JKS store of this client's key and certificate, for nodes that require client"
                    + " certificates."),
    TLS_KEYSTORE_PASSWORD_FILE("--tls-keystore-password-file", "CASSANDRA_TLS_KEYSTORE_PASSWORD_FILE",
            "cassandra.tlsKeystorePasswordFile", null,
            "FILE", "File holding the keystore's password, also used for its key; a trailing newline is ignored."),
    TLS_HOSTNAME_VERIFICATION("--tls-hostname-verification", "CASSANDRA_TLS_HOSTNAME_VERIFICATION",
            "cassandra.tlsHostnameVerification", "true",
            "true|false", "Check that each node's certificate names the address connected to: true or false."),
    DRIVER_CONFIG("--driver-config", "CASSANDRA_DRIVER_CONFIG", "cassandra.driverConfig", null,
            "FILE", "A DataStax Java driver application.conf for anything else (load balancing, timeouts, a secure"
                    + " connect bundle); the settings above win over it where given, and yield to it where left at their"
                    + " defaults.");

    /** The prefix of every setting's property. */
    public static final String PROPERTY_PREFIX = "cassandra.";

    private final String flag;
    private final String environmentVariable;
    private final String property;
    private final String defaultValue;
    private final String valueFormat;
    private final String description;

    Setting(String flag, String environmentVariable, String property, String defaultValue, String valueFormat,
            String description) {
        this.flag = flag;
        this.environmentVariable = environmentVariable;
        this.property = property;
        this.defaultValue = defaultValue;
        this.valueFormat = valueFormat;
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

    /** What a value looks like, such as {@code SECONDS} or {@code HOST:PORT[,HOST:PORT...]}. */
    public String valueFormat() {
        return valueFormat;
    }

    /** A {@code true|false} setting, whose flag given alone means true (as {@code --tls}). */
    public boolean isSwitch() {
        return valueFormat.equals("true|false");
    }

    /** The property's name after {@code cassandra.}, as in a POM's {@code <configuration>}. */
    public String parameterName() {
        return property.substring(PROPERTY_PREFIX.length());
    }

    public String description() {
        return description;
    }

    public boolean isSecret() {
        return this == PASSWORD;
    }
}
