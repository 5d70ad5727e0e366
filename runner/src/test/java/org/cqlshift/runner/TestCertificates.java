package org.cqlshift.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Self-signed certificates for a node on 127.0.0.1 and for a client, made with the JDK's keytool: the
 * node trusts the client, the client trusts the node; a stranger's certificate is trusted by nobody.
 * Every store has {@link #STORE_PASSWORD}, also written to {@link #passwordFile()}.
 */
final class TestCertificates {

    static final String STORE_PASSWORD = "store-secret-7f3a";

    private final Path directory;

    private TestCertificates(Path directory) {
        this.directory = directory;
    }

    static TestCertificates create(Path directory) throws IOException, InterruptedException {
        Files.createDirectories(directory);
        TestCertificates certificates = new TestCertificates(directory);
        certificates.keyPair("node", "CN=127.0.0.1", "SAN=IP:127.0.0.1");
        certificates.keyPair("client", "CN=cqlshift-client", null);
        certificates.keyPair("stranger", "CN=stranger", null);
        certificates.keytool("-exportcert", "-alias", "node", "-keystore", "node.p12", "-file", "node.crt");
        certificates.keytool("-exportcert", "-alias", "client", "-keystore", "client.p12", "-file", "client.crt");
        certificates.keytool("-importcert", "-noprompt", "-alias", "client", "-file", "client.crt",
                "-keystore", "node-trust.p12", "-storetype", "PKCS12");
        certificates.keytool("-importcert", "-noprompt", "-alias", "node", "-file", "node.crt",
                "-keystore", "client-trust.p12", "-storetype", "PKCS12");
        certificates.keytool("-importcert", "-noprompt", "-alias", "node", "-file", "node.crt",
                "-keystore", "client-trust.jks", "-storetype", "JKS");
        certificates.keytool("-importkeystore", "-srckeystore", "client.p12", "-srcstoretype", "PKCS12",
                "-srcstorepass", STORE_PASSWORD, "-destkeystore", "client.jks", "-deststoretype", "JKS",
                "-deststorepass", STORE_PASSWORD, "-destkeypass", STORE_PASSWORD);
        Files.writeString(directory.resolve("store-password.txt"), STORE_PASSWORD + "\n", StandardCharsets.UTF_8);
        Files.writeString(directory.resolve("wrong-password.txt"), "not-the-password\n", StandardCharsets.UTF_8);
        return certificates;
    }

    Path file(String name) {
        return directory.resolve(name);
    }

    Path passwordFile() {
        return file("store-password.txt");
    }

    Path wrongPasswordFile() {
        return file("wrong-password.txt");
    }

    /** The cassandra.yaml value of client_encryption_options: TLS only, client certificates checked when sent. */
    String nodeClientEncryption(String requireClientAuth) {
        return "{enabled: true, optional: false, keystore: '" + file("node.p12") + "', keystore_password: "
                + STORE_PASSWORD + ", truststore: '" + file("node-trust.p12") + "', truststore_password: "
                + STORE_PASSWORD + ", require_client_auth: " + requireClientAuth + ", store_type: PKCS12}";
    }

    private void keyPair(String alias, String name, String extension) throws IOException, InterruptedException {
        List<String> arguments = new ArrayList<>(List.of("-genkeypair", "-alias", alias, "-keyalg", "RSA",
                "-keysize", "2048", "-validity", "2", "-dname", name, "-keystore", alias + ".p12",
                "-storetype", "PKCS12", "-keypass", STORE_PASSWORD));
        if (extension != null) {
            arguments.addAll(List.of("-ext", extension));
        }
        keytool(arguments.toArray(String[]::new));
    }

    private void keytool(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(arguments));
        if (!command.contains("-srcstorepass")) {
            command.addAll(List.of("-storepass", STORE_PASSWORD));
        }
        Process keytool = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
        String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(keytool.waitFor()).as("keytool %s: %s", command, output).isZero();
    }
}
