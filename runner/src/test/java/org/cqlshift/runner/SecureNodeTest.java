package org.cqlshift.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.cqlshift.internal.session.CassandraConnection;
import org.cqlshift.api.config.Configuration;
import org.cqlshift.api.CqlShift;
import org.cqlshift.api.CqlShiftBuilder;
import org.cqlshift.api.config.Setting;
import org.cqlshift.embedded.CassandraArtifact;
import org.cqlshift.embedded.EmbeddedCassandra;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runner against a node as production clusters are set up: clients must speak TLS, may present a
 * certificate the node trusts, and must log in. Also the place where secrets are checked for in output.
 */
@Order(1)
class SecureNodeTest {

    private static final String USER = "cqlshift_app";
    private static final String PASSWORD = "pw-login-secret-91c2";

    @TempDir
    static Path directory;

    private static TestCertificates certificates;
    private static EmbeddedCassandra node;
    private static Path migrations;
    private static Path seeds;

    @BeforeAll
    static void startNode() throws Exception {
        certificates = TestCertificates.create(directory.resolve("certificates"));
        node = EmbeddedCassandra.builder()
                .version(System.getProperty("cassandra.embeddedVersion", CassandraArtifact.DEFAULT_VERSION))
                .directory(directory.resolve("node"))
                .startupTimeout(java.time.Duration.ofMinutes(4))
                .yamlEntry("client_encryption_options", certificates.nodeClientEncryption("true"))
                .yamlEntry("authenticator", "PasswordAuthenticator")
                .yamlEntry("authorizer", "CassandraAuthorizer")
                .build();
        node.start();
        Configuration superuser = resolver(tlsEnvironment("client-trust.p12", "client.p12"))
                .credentials("cassandra", "cassandra").setting(Setting.WAIT_TIMEOUT, "60").load().configuration();
        try (CassandraConnection connection = CassandraConnection.open(superuser)) {
            connection.session().execute("CREATE ROLE IF NOT EXISTS " + USER + " WITH SUPERUSER = true AND LOGIN = true"
                    + " AND PASSWORD = '" + PASSWORD + "'");
        }
        migrations = Files.createDirectories(directory.resolve("migrations"));
        Files.writeString(migrations.resolve("1_create_keyspace.cql"),
                "CREATE KEYSPACE IF NOT EXISTS ${keyspace} WITH replication = ${replication};\n");
        Files.writeString(migrations.resolve("2_create_users.cql"),
                "CREATE TABLE ${keyspace}.users (id int PRIMARY KEY, name text);\n");
        seeds = Files.createDirectories(directory.resolve("seeds"));
        Files.writeString(seeds.resolve("users.yaml"), "table: users\nrows:\n  - {id: 1, name: Alice}\n");
    }

    @AfterAll
    static void stopNode() {
        if (node != null) {
            node.stop();
        }
    }

    private static CqlShiftBuilder resolver(Map<String, String> environment) {
        return CqlShift.configure().environment(environment).contactPoints(node.contactPointText());
    }

    /** TLS settings as a Kubernetes job would set them: variables, with passwords in mounted files. */
    private static Map<String, String> tlsEnvironment(String truststore, String keystore) {
        Map<String, String> environment = new HashMap<>();
        environment.put("CASSANDRA_TLS", "true");
        environment.put("CASSANDRA_TLS_TRUSTSTORE", certificates.file(truststore).toString());
        environment.put("CASSANDRA_TLS_TRUSTSTORE_PASSWORD_FILE", certificates.passwordFile().toString());
        if (keystore != null) {
            environment.put("CASSANDRA_TLS_KEYSTORE", certificates.file(keystore).toString());
            environment.put("CASSANDRA_TLS_KEYSTORE_PASSWORD_FILE", certificates.passwordFile().toString());
        }
        return environment;
    }

    private List<String> connection(String keyspace, String... extra) {
        List<String> args = new ArrayList<>(List.of("--contact-points", node.contactPointText(), "--keyspace", keyspace,
                "--migrations", migrations.toString(), "--seeds", seeds.toString(), "--username", USER));
        args.addAll(List.of(extra));
        return args;
    }

    private static RunResult run(Map<String, String> environment, String command, List<String> args) {
        List<String> all = new ArrayList<>();
        all.add(command);
        all.addAll(args);
        return RunResult.run(environment, all.toArray(String[]::new));
    }

    private static List<String> tlsFlags(TestCertificates certificates, String truststore, String keystore) {
        return List.of("--tls", "--tls-truststore", certificates.file(truststore).toString(),
                "--tls-truststore-password-file", certificates.passwordFile().toString(),
                "--tls-keystore", certificates.file(keystore).toString(),
                "--tls-keystore-password-file", certificates.passwordFile().toString());
    }

    @Test
    void mutualTlsWithPkcs12StoresFromFlags() {
        List<String> args = new ArrayList<>(connection("tls_flags", "--password", PASSWORD));
        args.addAll(tlsFlags(certificates, "client-trust.p12", "client.p12"));

        RunResult result = run(Map.of(), "up", args);

        assertThat(result.exitCode).as(result.toString()).isZero();
        assertThat(result.out).contains("Verify of keyspace tls_flags: 1 table, all passed");
    }

    @Test
    void mutualTlsWithJksStoresFromEnvironmentVariables() {
        Map<String, String> environment = tlsEnvironment("client-trust.jks", "client.jks");
        environment.put("CASSANDRA_PASSWORD", PASSWORD);

        RunResult result = run(environment, "migrate", connection("tls_env"));

        assertThat(result.exitCode).as(result.toString()).isZero();
        assertThat(result.out).contains("Applied 2 scripts");
    }

    @Test
    void tlsFromAPropertiesFileWithHostnameVerificationOff() throws IOException {
        Path properties = directory.resolve("tls.properties");
        Files.writeString(properties, String.join("\n",
                "cassandra.tls=true",
                "cassandra.tlsTruststore=" + certificates.file("client-trust.p12"),
                "cassandra.tlsTruststorePasswordFile=" + certificates.passwordFile(),
                "cassandra.tlsKeystore=" + certificates.file("client.p12"),
                "cassandra.tlsKeystorePasswordFile=" + certificates.passwordFile(),
                "cassandra.tlsHostnameVerification=false",
                "cassandra.password=" + PASSWORD, ""));

        RunResult result = run(Map.of(), "migrate", connection("tls_file", "--config-file", properties.toString()));

        assertThat(result.exitCode).as(result.toString()).isZero();
    }

    @Test
    void aPlainClientIsToldToUseTls() {
        RunResult result = run(Map.of(), "info", connection("tls_plain", "--password", PASSWORD));

        assertThat(result.exitCode).as(result.toString()).isEqualTo(3);
        assertThat(result.err).contains("--tls");
    }

    @Test
    void aClientCertificateTheNodeDoesNotTrustIsRefused() {
        List<String> args = new ArrayList<>(connection("tls_stranger", "--password", PASSWORD));
        args.addAll(tlsFlags(certificates, "client-trust.p12", "stranger.p12"));

        RunResult result = run(Map.of(), "info", args);

        assertThat(result.exitCode).as(result.toString()).isEqualTo(3);
    }

    /** The node's certificate names IP 127.0.0.1 only: reached as localhost, it does not name the address. */
    private List<String> throughLocalhost(String keyspace, String... extra) {
        List<String> args = new ArrayList<>(connection(keyspace, "--password", PASSWORD));
        args.set(1, "localhost:" + node.nativePort());
        args.addAll(tlsFlags(certificates, "client-trust.p12", "client.p12"));
        args.addAll(List.of(extra));
        return args;
    }

    @Test
    void aCertificateThatDoesNotNameTheAddressConnectedToIsRefused() {
        RunResult result = run(Map.of(), "info", throughLocalhost("tls_hostname"));

        assertThat(result.exitCode).as(result.toString()).isEqualTo(3);
        assertThat(result.err).contains("certificate of the node at localhost:" + node.nativePort()
                        + " does not match the host").contains("--tls-hostname-verification false")
                .doesNotContain(TestCertificates.STORE_PASSWORD).doesNotContain(PASSWORD);
    }

    @Test
    void theSameNodeIsAcceptedWithHostnameVerificationOff() {
        RunResult result = run(Map.of(), "migrate",
                throughLocalhost("tls_no_hostname", "--tls-hostname-verification", "false"));

        assertThat(result.exitCode).as(result.toString()).isZero();
        assertThat(result.out).contains("Applied 2 scripts");
    }

    @Test
    void aWrongTruststorePasswordIsAConfigurationErrorNamingTheStore() {
        List<String> args = new ArrayList<>(connection("tls_wrong", "--password", PASSWORD));
        args.addAll(List.of("--tls", "--tls-truststore", certificates.file("client-trust.p12").toString(),
                "--tls-truststore-password-file", certificates.wrongPasswordFile().toString(),
                "--tls-keystore", certificates.file("client.p12").toString(),
                "--tls-keystore-password-file", certificates.passwordFile().toString()));

        RunResult result = run(Map.of(), "info", args);

        assertThat(result.exitCode).as(result.toString()).isEqualTo(2);
        assertThat(result.err).contains("client-trust.p12").contains("password").doesNotContain("not-the-password");
    }

    @Test
    void aRefusedLoginNamesTheUserButNeverThePassword() {
        List<String> args = new ArrayList<>(connection("auth_refused", "--password", "wrong-" + PASSWORD));
        args.addAll(tlsFlags(certificates, "client-trust.p12", "client.p12"));

        RunResult result = run(Map.of(), "info", args);

        assertThat(result.exitCode).as(result.toString()).isEqualTo(3);
        assertThat(result.err).contains("'" + USER + "'").doesNotContain(PASSWORD);
    }

    /** Every command, in both log formats, with a dry run and a failing login: no secret in any output. */
    @Test
    void noSecretAppearsInAnyOutputOrLog() throws IOException {
        List<RunResult> results = new ArrayList<>();
        for (String format : List.of("text", "json")) {
            String keyspace = "secrets_" + format;
            for (List<String> command : List.of(List.of("migrate", "--dry-run"), List.of("migrate"), List.of("info"),
                    List.of("validate"), List.of("baseline", "--baseline-version", "1"), List.of("repair", "--repair-reason", "test"),
                    List.of("seed"), List.of("verify"), List.of("up"), List.of("info", "--format", "json"))) {
                List<String> args = new ArrayList<>(command.subList(1, command.size()));
                // Text runs take the secrets from flags, JSON runs from the environment.
                if (format.equals("text")) {
                    args.addAll(connection(keyspace, "--password", PASSWORD, "--verbose", "--log-format", format));
                    args.addAll(tlsFlags(certificates, "client-trust.p12", "client.p12"));
                    results.add(run(Map.of(), command.get(0), args));
                } else {
                    Map<String, String> environment = tlsEnvironment("client-trust.jks", "client.jks");
                    environment.put("CASSANDRA_PASSWORD", PASSWORD);
                    args.addAll(connection(keyspace, "--verbose", "--log-format", format));
                    results.add(run(environment, command.get(0), args));
                }
            }
            List<String> refused = new ArrayList<>(connection(keyspace, "--password", "wrong-" + PASSWORD,
                    "--log-format", format));
            refused.addAll(tlsFlags(certificates, "client-trust.p12", "client.p12"));
            results.add(run(Map.of(), "migrate", refused));
            List<String> wrongStore = new ArrayList<>(connection(keyspace, "--password", PASSWORD, "--tls",
                    "--tls-truststore", certificates.file("client-trust.p12").toString(),
                    "--tls-truststore-password-file", certificates.wrongPasswordFile().toString(),
                    "--log-format", format));
            results.add(run(Map.of(), "migrate", wrongStore));
        }

        assertThat(results).anySatisfy(result -> assertThat(result.exitCode).isZero());
        assertThat(results).anySatisfy(result -> assertThat(result.exitCode).isEqualTo(3));
        List<String> secrets = List.of(PASSWORD, TestCertificates.STORE_PASSWORD, "not-the-password");
        for (RunResult result : results) {
            for (String secret : secrets) {
                assertThat(result.all()).as(result.toString()).doesNotContain(secret);
            }
        }
        try (Stream<Path> logs = Files.walk(node.directory()).filter(file -> file.toString().endsWith(".log"))) {
            for (Path log : logs.toList()) {
                String content = Files.readString(log, StandardCharsets.ISO_8859_1);
                assertThat(content).as(log.toString()).doesNotContain(PASSWORD).doesNotContain("not-the-password");
            }
        }
    }
}
