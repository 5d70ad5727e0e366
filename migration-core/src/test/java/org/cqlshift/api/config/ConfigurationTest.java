package org.cqlshift.api.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ConfigurationTest {

    @Test
    void toBuilderCopiesEveryValueIncludingCredentials() {
        Configuration original = Configuration.builder()
                .contactPoints(List.of(InetSocketAddress.createUnresolved("node1", 9142)))
                .localDatacenter("dc1")
                .keyspace("shop")
                .replication(Replication.simple(3))
                .credentials("migrator", Secret.of("pw"))
                .migrations(Location.classpath("db/migrations"))
                .seeds(Location.classpath("db/seeds"))
                .schemaAgreementTimeout(Duration.ofSeconds(5))
                .requestTimeout(Duration.ofSeconds(7))
                .placeholder("tenant", "acme")
                .build();

        Configuration copy = original.toBuilder().keyspace("other").build();

        assertThat(copy.keyspace()).isEqualTo("other");
        assertThat(copy).usingRecursiveComparison().ignoringFields("keyspace").isEqualTo(original);
        assertThat(original.keyspace()).isEqualTo("shop");
    }

    @Test
    void placeholdersAreACopyThatCannotBeChanged() {
        Map<String, String> values = new HashMap<>(Map.of("tenant", "acme"));
        Configuration configuration = Configuration.builder().placeholders(values).build();
        values.put("tenant", "changed");
        assertThat(configuration.placeholders()).containsExactly(Map.entry("tenant", "acme"));
        assertThatIllegalArgumentException().isThrownBy(() -> Configuration.builder().placeholder("replication", "x"))
                .withMessage("placeholder 'replication' is defined by the setting of the same name and cannot be redefined");
        assertThat(configuration.placeholders()).isUnmodifiable();
    }

    @Test
    void rejectsEmptyValues() {
        assertThatIllegalArgumentException().isThrownBy(() -> Configuration.builder().contactPoints(List.of()))
                .withMessage("at least one contact point is needed");
        assertThatIllegalArgumentException().isThrownBy(() -> Configuration.builder().localDatacenter(" "))
                .withMessage("local datacenter must not be empty");
        assertThatIllegalArgumentException().isThrownBy(() -> Configuration.builder().credentials("", Secret.of("pw")))
                .withMessage("username must not be empty");
        assertThatIllegalArgumentException().isThrownBy(() -> Configuration.builder().requestTimeout(Duration.ofSeconds(-1)))
                .withMessage("request timeout must be positive, found PT-1S");
    }

    @Test
    void secretsAreMaskedButComparable() {
        Secret secret = Secret.of("hunter2");
        assertThat(secret).hasToString("******").isEqualTo(Secret.of("hunter2")).isNotEqualTo(Secret.of("other"));
        assertThat(secret.reveal()).isEqualTo("hunter2");
        assertThat(Setting.PASSWORD.isSecret()).isTrue();
        assertThat(Setting.USERNAME.isSecret()).isFalse();
    }
}
