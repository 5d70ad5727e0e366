package org.cqlshift.runner;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Map;

/** One log record as one line of JSON, the shape log collectors expect. */
final class JsonLines {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonLines() {
    }

    /** {@code {"timestamp":..., "level":..., "message":..., <fields>}}; null field values are left out. */
    static String line(Instant timestamp, String level, String message, Map<String, ?> fields) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("timestamp", timestamp.toString());
        node.put("level", level);
        node.put("message", message);
        fields.forEach((name, value) -> {
            if (value instanceof Number) {
                node.put(name, ((Number) value).longValue());
            } else if (value != null) {
                node.put(name, value.toString());
            }
        });
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a flat object of strings always serializes", e);
        }
    }
}
