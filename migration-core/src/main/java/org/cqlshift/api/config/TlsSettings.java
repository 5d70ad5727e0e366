package org.cqlshift.api.config;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * How to connect with TLS: the stores, their passwords and whether node addresses are checked against
 * certificates. Stores are PKCS12 or JKS files; their type is found from their content.
 */
public final class TlsSettings {

    private final Path truststore;
    private final Secret truststorePassword;
    private final Path keystore;
    private final Secret keystorePassword;
    private final boolean hostnameVerification;

    private TlsSettings(Path truststore, Secret truststorePassword, Path keystore, Secret keystorePassword,
                        boolean hostnameVerification) {
        this.truststore = truststore;
        this.truststorePassword = truststorePassword;
        this.keystore = keystore;
        this.keystorePassword = keystorePassword;
        this.hostnameVerification = hostnameVerification;
    }

    /** TLS trusting the JDK's certificate authorities, with no client certificate. */
    public static TlsSettings withDefaultTrust() {
        return new TlsSettings(null, null, null, null, true);
    }

    /** Trust the certificates in this store; the password may be null for a store of certificates only. */
    public TlsSettings truststore(Path store, Secret password) {
        return new TlsSettings(Objects.requireNonNull(store, "store"), password, keystore, keystorePassword,
                hostnameVerification);
    }

    /** Present the key and certificate in this store (mutual TLS); the password also unlocks the key. */
    public TlsSettings keystore(Path store, Secret password) {
        return new TlsSettings(truststore, truststorePassword, Objects.requireNonNull(store, "store"),
                Objects.requireNonNull(password, "password"), hostnameVerification);
    }

    public TlsSettings hostnameVerification(boolean verify) {
        return new TlsSettings(truststore, truststorePassword, keystore, keystorePassword, verify);
    }

    public Optional<Path> truststore() {
        return Optional.ofNullable(truststore);
    }

    public Optional<Secret> truststorePassword() {
        return Optional.ofNullable(truststorePassword);
    }

    public Optional<Path> keystore() {
        return Optional.ofNullable(keystore);
    }

    public Optional<Secret> keystorePassword() {
        return Optional.ofNullable(keystorePassword);
    }

    public boolean hostnameVerification() {
        return hostnameVerification;
    }

    @Override
    public String toString() {
        return "TlsSettings{truststore=" + truststore + ", keystore=" + keystore + ", hostnameVerification="
                + hostnameVerification + "}";
    }
}
