package org.cqlshift.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.datastax.oss.driver.api.core.AllNodesFailedException;
import com.datastax.oss.driver.api.core.CqlSession;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;

/** A node that speaks only TLS to clients: start() still knows when it is ready, and clients need TLS. */
class TlsNodeTest {

    private static final String VERSION = System.getProperty("cassandra.embeddedVersion", CassandraArtifact.DEFAULT_VERSION);
    private static final String STORE_PASSWORD = "embedded-test";

    @Test
    void startsANodeWithClientEncryptionRequired() throws Exception {
        Path directory = Path.of("target", "embedded-tls").toAbsolutePath();
        Path keystore = createKeystore(directory);
        EmbeddedCassandra node = EmbeddedCassandra.builder().version(VERSION).directory(directory)
                .yamlEntry("client_encryption_options", "{enabled: true, optional: false, keystore: '" + keystore
                        + "', keystore_password: " + STORE_PASSWORD + ", store_type: PKCS12}")
                .build();
        try {
            node.start();

            try (CqlSession session = CqlSession.builder().addContactPoint(node.contactPoint())
                    .withLocalDatacenter(node.localDatacenter()).withSslContext(trusting(keystore)).build()) {
                assertThat(session.execute("SELECT release_version FROM system.local").one().getString(0))
                        .isEqualTo(VERSION);
            }
            assertThatThrownBy(() -> CqlSession.builder().addContactPoint(node.contactPoint())
                    .withLocalDatacenter(node.localDatacenter()).build().close())
                    .isInstanceOf(AllNodesFailedException.class);
        } finally {
            node.stop();
        }
    }

    /** A self-signed certificate for 127.0.0.1, made with the JDK's keytool. */
    private static Path createKeystore(Path directory) throws Exception {
        Files.createDirectories(directory);
        Path keystore = directory.resolve("node.p12");
        Files.deleteIfExists(keystore);
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "node", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                "-dname", "CN=127.0.0.1", "-ext", "SAN=IP:127.0.0.1", "-keystore", keystore.toString(),
                "-storetype", "PKCS12", "-storepass", STORE_PASSWORD, "-keypass", STORE_PASSWORD)
                .redirectErrorStream(true).start();
        String output = new String(keytool.getInputStream().readAllBytes());
        assertThat(keytool.waitFor()).as(output).isZero();
        return keystore;
    }

    private static SSLContext trusting(Path keystore) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            store.load(in, STORE_PASSWORD.toCharArray());
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(store);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }
}
