package org.cqlshift.embedded;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Why a node did not start, with the end of its logs: most start-up failures are explained there. */
final class StartFailure {

    private static final int LOG_TAIL_LINES = 30;

    private StartFailure() {
    }

    static EmbeddedCassandraException of(CassandraVersion version, NodeLayout layout, String reason) {
        StringBuilder message = new StringBuilder("Cassandra ").append(version).append(" did not start in ")
                .append(layout.directory()).append(": ").append(reason).append('.');
        appendTail(message, layout.systemLog());
        appendTail(message, layout.outputLog());
        message.append("\nFull log: ").append(layout.systemLog()).append(" (JVM output: ").append(layout.outputLog())
                .append(")");
        return new EmbeddedCassandraException(message.toString());
    }

    private static void appendTail(StringBuilder message, Path log) {
        List<String> lines;
        try {
            lines = Files.exists(log) ? Files.readAllLines(log, StandardCharsets.UTF_8) : List.of();
        } catch (IOException e) {
            message.append("\n(cannot read ").append(log).append(": ").append(e.getMessage()).append(')');
            return;
        }
        if (lines.isEmpty()) {
            return;
        }
        message.append("\nLast lines of ").append(log).append(':');
        lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size())
                .forEach(line -> message.append("\n  ").append(line));
    }
}
