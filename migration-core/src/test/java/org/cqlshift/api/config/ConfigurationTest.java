package org.cqlshift.api.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.HashMap;
import java.util.Map;
import org.cqlshift.api.CqlShift;
import org.junit.jupiter.api.Test;

class ConfigurationTest {

    @Test
    void placeholdersAreACopyThatCannotBeChanged() {
        Map<String, String> values = new HashMap<>(Map.of("tenant", "acme"));
        Configuration configuration = CqlShift.configure().placeholders(values).load().configuration();
        values.put("tenant", "changed");
        assertThat(configuration.placeholders()).containsExactly(Map.entry("tenant", "acme"));
        assertThat(configuration.placeholders()).isUnmodifiable();
    }

    @Test
    void rejectsEmptyValues() {
        assertThatExceptionOfType(ConfigurationException.class)
                .isThrownBy(() -> CqlShift.configure().contactPoints(",").load())
                .withMessageContaining("expected host:port[,host:port...] but found ','");
        assertThatExceptionOfType(ConfigurationException.class)
                .isThrownBy(() -> CqlShift.configure().setting(Setting.REQUEST_TIMEOUT, "-1").load())
                .withMessageContaining("expected a positive number of seconds");
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
