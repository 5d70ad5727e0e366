package org.cqlshift.internal.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cqlshift.api.config.ConfigurationException;
import org.cqlshift.api.config.Secret;
import org.cqlshift.api.config.Setting;
import org.cqlshift.api.config.TlsSettings;
import org.cqlshift.internal.config.SettingSources.Value;

/**
 * The settings that only make sense together: a username with a password (given directly or in a file), and
 * the TLS stores with their password files. Mistakes in how they are combined are reported before connecting.
 */
final class ConnectionSecrets {

    private static final List<Setting> TLS_STORES = List.of(Setting.TLS_TRUSTSTORE,
            Setting.TLS_TRUSTSTORE_PASSWORD_FILE, Setting.TLS_KEYSTORE, Setting.TLS_KEYSTORE_PASSWORD_FILE);

    /** The settings resolved here rather than one by one. */
    static final Set<Setting> SETTINGS = EnumSet.of(Setting.PASSWORD, Setting.PASSWORD_FILE, Setting.TLS_TRUSTSTORE,
            Setting.TLS_TRUSTSTORE_PASSWORD_FILE, Setting.TLS_KEYSTORE, Setting.TLS_KEYSTORE_PASSWORD_FILE);

    private final SettingSources sources;

    ConnectionSecrets(SettingSources sources) {
        this.sources = sources;
    }

    /** The password that goes with the username, if a username is given; both or neither must be. */
    Optional<Secret> credentials() {
        Optional<Value> username = sources.value(Setting.USERNAME);
        Optional<Value> password = password();
        if (username.isPresent() != password.isPresent()) {
            Setting missing = username.isPresent() ? Setting.PASSWORD : Setting.USERNAME;
            Value given = username.isPresent() ? username.get() : password.get();
            throw new ConfigurationException(
                    "A " + (username.isPresent() ? "username" : "password") + " was given (" + given.origin()
                            + ") without a " + (username.isPresent() ? "password" : "username") + ".",
                    "Set " + missing.flag() + " or " + missing.environmentVariable() + " as well, or neither.");
        }
        return password.map(value -> (Secret) ConfigurationFactory.parse(Setting.PASSWORD, value));
    }

    /**
     * The password given directly or read from a file. Of the two, the one from the higher-precedence source
     * wins; both from the same kind of source is ambiguous and refused.
     */
    private Optional<Value> password() {
        Optional<Value> direct = sources.value(Setting.PASSWORD);
        Optional<Value> file = sources.value(Setting.PASSWORD_FILE);
        if (file.isEmpty()) {
            return direct;
        }
        if (direct.isPresent()) {
            if (direct.get().source() == file.get().source()) {
                throw new ConfigurationException("Both a password (" + direct.get().origin() + ") and a password file ("
                        + file.get().origin() + ") were given.",
                        "Give only one of " + Setting.PASSWORD.flag() + " and " + Setting.PASSWORD_FILE.flag() + ".");
            }
            if (direct.get().source().compareTo(file.get().source()) < 0) {
                return direct;
            }
        }
        return Optional.of(readSecretFile(file.get(), Setting.PASSWORD_FILE));
    }

    /** TLS stays off unless enabled; a store given while it is off is a mistake worth stopping for. */
    TlsSettings tls(Map<Setting, Object> values) {
        if (!Boolean.TRUE.equals(values.get(Setting.TLS))) {
            for (Setting store : TLS_STORES) {
                Optional<Value> given = sources.value(store);
                if (given.isPresent()) {
                    throw new ConfigurationException(store.property() + " was given (" + given.get().origin()
                            + ") but TLS is off.", "Set " + Setting.TLS.flag() + " (" + Setting.TLS.environmentVariable()
                            + "=true) to connect with TLS, or remove " + store.flag() + ".");
                }
            }
            return null;
        }
        TlsSettings tls = TlsSettings.withDefaultTrust();
        Optional<Secret> truststorePassword = sources.value(Setting.TLS_TRUSTSTORE_PASSWORD_FILE)
                .map(file -> Secret.of(readSecretFile(file, Setting.TLS_TRUSTSTORE_PASSWORD_FILE).text()));
        Path truststore = store(Setting.TLS_TRUSTSTORE);
        if (truststore != null) {
            tls = tls.truststore(truststore, truststorePassword.orElse(null));
        } else if (truststorePassword.isPresent()) {
            throw missingStore(Setting.TLS_TRUSTSTORE_PASSWORD_FILE, Setting.TLS_TRUSTSTORE);
        }
        Optional<Value> keystorePassword = sources.value(Setting.TLS_KEYSTORE_PASSWORD_FILE)
                .map(file -> readSecretFile(file, Setting.TLS_KEYSTORE_PASSWORD_FILE));
        Path keystore = store(Setting.TLS_KEYSTORE);
        if (keystore != null && keystorePassword.isEmpty()) {
            throw new ConfigurationException("A TLS keystore was given (" + sources.value(Setting.TLS_KEYSTORE)
                    .orElseThrow().origin() + ") without its password file.", "Set "
                    + Setting.TLS_KEYSTORE_PASSWORD_FILE.flag() + " (" + Setting.TLS_KEYSTORE_PASSWORD_FILE
                    .environmentVariable() + ") as well.");
        }
        if (keystore == null && keystorePassword.isPresent()) {
            throw missingStore(Setting.TLS_KEYSTORE_PASSWORD_FILE, Setting.TLS_KEYSTORE);
        }
        if (keystore != null) {
            tls = tls.keystore(keystore, Secret.of(keystorePassword.orElseThrow().text()));
        }
        return tls.hostnameVerification((Boolean) values.get(Setting.TLS_HOSTNAME_VERIFICATION));
    }

    private Path store(Setting setting) {
        return sources.value(setting).map(value -> (Path) ConfigurationFactory.parse(setting, value)).orElse(null);
    }

    private ConfigurationException missingStore(Setting passwordFile, Setting store) {
        return new ConfigurationException(passwordFile.property() + " was given (" + sources.value(passwordFile)
                .orElseThrow().origin() + ") without " + store.property() + ".",
                "Set " + store.flag() + " (" + store.environmentVariable() + ") to the store it unlocks.");
    }

    private static Value readSecretFile(Value file, Setting setting) {
        Path path = Path.of(file.text().trim());
        String content;
        try {
            content = Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            throw new ConfigurationException("Cannot read the password file " + path.toAbsolutePath() + " (from "
                    + file.origin() + "): " + e.getClass().getSimpleName() + ".",
                    "Check that the file exists and is readable, e.g. that the Secret is mounted there.", e);
        }
        // Files written by editors, echo and Kubernetes tooling often end with a newline that is not part of it.
        String password = content.replaceAll("(\\r?\\n)+$", "");
        if (password.isEmpty()) {
            throw new ConfigurationException("The password file " + path.toAbsolutePath() + " (from " + file.origin()
                    + ") is empty.", "Put the password in the file, or unset " + setting.flag() + ".");
        }
        return new Value(password, file.source(), "password file " + path.toAbsolutePath());
    }
}
