package org.cqlshift.internal.session;

import com.datastax.oss.driver.api.core.ssl.ProgrammaticSslEngineFactory;
import com.datastax.oss.driver.api.core.ssl.SslEngineFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.cqlshift.api.config.ConfigurationException;
import org.cqlshift.api.config.Secret;
import org.cqlshift.api.config.Setting;
import org.cqlshift.api.config.TlsSettings;

/** The driver's TLS engine for {@link TlsSettings}: the JDK reads the stores, the driver does the rest. */
final class TlsContext {

    private TlsContext() {
    }

    static SslEngineFactory engineFactory(TlsSettings tls) {
        try {
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(tls.truststore().isPresent()
                    ? load(tls.truststore().get(), tls.truststorePassword().orElse(null), Setting.TLS_TRUSTSTORE,
                    Setting.TLS_TRUSTSTORE_PASSWORD_FILE)
                    : null);
            KeyManagerFactory keys = null;
            if (tls.keystore().isPresent()) {
                Secret password = tls.keystorePassword().orElseThrow();
                keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
                try {
                    keys.init(load(tls.keystore().get(), password, Setting.TLS_KEYSTORE,
                            Setting.TLS_KEYSTORE_PASSWORD_FILE), password.reveal().toCharArray());
                } catch (GeneralSecurityException e) {
                    throw unusable(tls.keystore().get(), Setting.TLS_KEYSTORE, "its key cannot be read with the"
                            + " store's password (" + e.getClass().getSimpleName() + ")", e);
                }
            }
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys == null ? null : keys.getKeyManagers(), trust.getTrustManagers(), null);
            return new ProgrammaticSslEngineFactory(context, null, tls.hostnameVerification());
        } catch (GeneralSecurityException e) {
            throw new ConfigurationException("Cannot set up TLS: " + e.getMessage(),
                    "Check the stores given with " + Setting.TLS_TRUSTSTORE.flag() + " and "
                            + Setting.TLS_KEYSTORE.flag() + ".", e);
        }
    }

    /** Reads a PKCS12 or JKS store, whichever the file is. */
    private static KeyStore load(Path file, Secret password, Setting store, Setting passwordFile) {
        try {
            return KeyStore.getInstance(file.toFile(), password == null ? null : password.reveal().toCharArray());
        } catch (IOException e) {
            // The JDK reports a wrong password as an IOException caused by an UnrecoverableKeyException.
            if (e.getCause() instanceof java.security.UnrecoverableKeyException) {
                throw unusable(file, store, "the password from " + passwordFile.flag() + " is wrong", e);
            }
            throw unusable(file, store, e.getMessage(), e);
        } catch (GeneralSecurityException e) {
            throw unusable(file, store, "it is not a PKCS12 or JKS store (" + e.getMessage() + ")", e);
        }
    }

    private static ConfigurationException unusable(Path file, Setting store, String reason, Exception cause) {
        return new ConfigurationException("Cannot use " + store.property() + " " + file + ": " + reason + ".",
                "Check the file and its password; keytool -list -keystore " + file + " shows its content.", cause);
    }
}
