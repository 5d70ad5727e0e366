package org.cqlshift.runner;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

@Order(3)
class JsonLogLayoutTest {

    @Test
    void libraryLogEventBecomesOneJsonLine() throws Exception {
        LoggerContext context = new LoggerContext();
        LoggingEvent event = new LoggingEvent("test", context.getLogger("com.datastax.oss.driver.Session"),
                Level.WARN, "Node {} is \"down\"\nsecond line", new IllegalStateException("boom"),
                new Object[] {"10.0.0.1"});

        String line = new JsonLogLayout().doLayout(event);

        assertThat(line).endsWith(System.lineSeparator());
        assertThat(line.strip()).doesNotContain("\n");
        JsonNode record = new ObjectMapper().readTree(line);
        assertThat(record.get("level").asText()).isEqualTo("WARN");
        assertThat(record.get("message").asText()).isEqualTo("Node 10.0.0.1 is \"down\"\nsecond line");
        assertThat(record.get("logger").asText()).isEqualTo("com.datastax.oss.driver.Session");
        assertThat(record.get("timestamp").asText()).isNotBlank();
        assertThat(record.get("exception").asText()).contains("IllegalStateException: boom");
    }
}
