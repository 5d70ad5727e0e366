package org.cqlshift.runner;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.OutputStreamAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/** The encoder that {@link LibraryLogging} configures, as the runner uses it for {@code --log-format json}. */
@Order(3)
class JsonLogEncoderTest {

    @Test
    void libraryLogEventBecomesOneJsonLine() throws Exception {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter());
        LibraryLogging.useJson(context);
        OutputStreamAppender<ILoggingEvent> appender = LibraryLogging.stderrAppender(context);
        LoggingEvent event = new LoggingEvent("test", context.getLogger("com.datastax.oss.driver.Session"),
                Level.WARN, "Node {} is \"down\"\nsecond line", new IllegalStateException("boom"),
                new Object[] {"10.0.0.1"});

        String line = new String(appender.getEncoder().encode(event), StandardCharsets.UTF_8);
        context.stop();

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
