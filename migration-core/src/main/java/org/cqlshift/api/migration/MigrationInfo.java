package org.cqlshift.api.migration;

import org.cqlshift.api.OutputFormat;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * The state of every script and history entry of one keyspace.
 *
 * @param scripts the versioned and baseline scripts, ordered by version
 * @param repeatables the repeatable scripts, which have no version, ordered by description: migrate runs them
 *     after the versioned scripts
 */
public record MigrationInfo(String keyspace, List<ScriptInfo> scripts, List<RepeatableScriptInfo> repeatables) {

    private static final DateTimeFormatter INSTALLED_ON = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    public MigrationInfo {
        scripts = List.copyOf(scripts);
        repeatables = List.copyOf(repeatables);
    }

    /** A keyspace without repeatable scripts. */
    public MigrationInfo(String keyspace, List<ScriptInfo> scripts) {
        this(keyspace, scripts, List.of());
    }

    /** The highest version applied (or covered by a baseline), if any. */
    public OptionalInt currentVersion() {
        return scripts.stream()
                .filter(s -> s.state().isApplied())
                .mapToInt(ScriptInfo::version)
                .max();
    }

    /** The table, or the JSON document, ending with a line separator. */
    public String render(OutputFormat format) {
        return format == OutputFormat.JSON ? toJson() + System.lineSeparator() : toTable();
    }

    /** A plain-text table for terminals and build logs; repeatable scripts come last, with no version. */
    public String toTable() {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"Version", "Description", "Type", "Script", "State", "Installed on (UTC)",
                "Execution time"});
        for (ScriptInfo script : scripts) {
            rows.add(new String[] {
                    String.valueOf(script.version()),
                    script.description(),
                    script.type().name(),
                    script.script(),
                    script.stateDescription(),
                    script.installedOn().map(INSTALLED_ON::format).orElse(""),
                    script.executionTime().map(MigrationInfo::millis).orElse("")});
        }
        for (RepeatableScriptInfo script : repeatables) {
            rows.add(new String[] {
                    "",
                    script.description(),
                    script.script(),
                    script.stateDescription(),
                    script.installedOn().map(INSTALLED_ON::format).orElse(""),
                    script.executionTime().map(MigrationInfo::millis).orElse("")});
        }
        int[] widths = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        StringBuilder table = new StringBuilder();
        for (int r = 0; r < rows.size(); r++) {
            appendRow(table, rows.get(r), widths);
            if (r == 0) {
                String[] rule = new String[widths.length];
                for (int i = 0; i < widths.length; i++) {
                    rule[i] = "-".repeat(widths[i]);
                }
                appendRow(table, rule, widths);
            }
        }
        if (scripts.isEmpty() && repeatables.isEmpty()) {
            table.append("(no scripts and no history)").append(System.lineSeparator());
        }
        return table.toString();
    }

    /**
     * The same content as JSON, for machines:
     * {@code {"keyspace":..,"currentVersion":..,"scripts":[..],"repeatables":[..]}}.
     */
    public String toJson() {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("keyspace", keyspace);
        OptionalInt current = currentVersion();
        if (current.isPresent()) {
            root.put("currentVersion", current.getAsInt());
        } else {
            root.putNull("currentVersion");
        }
        ArrayNode array = root.putArray("scripts");
        for (ScriptInfo script : scripts) {
            ObjectNode node = array.addObject();
            node.put("version", script.version());
            node.put("description", script.description());
            node.put("type", script.type().name());
            node.put("script", script.script());
            node.put("state", script.state().label());
            script.failedStatement().ifPresent(n -> node.put("failedStatement", n));
            node.put("statements", script.statements());
            if (script.state() == ScriptState.FAILED || script.state() == ScriptState.INTERRUPTED) {
                node.put("statementsDone", script.statementsDone());
            }
            script.installedOn().ifPresentOrElse(i -> node.put("installedOn", i.toString()),
                    () -> node.putNull("installedOn"));
            script.executionTime().ifPresentOrElse(d -> node.put("executionTimeMillis", d.toMillis()),
                    () -> node.putNull("executionTimeMillis"));
            script.failure().ifPresent(f -> node.put("failure", f));
            script.checksum().ifPresent(checksum -> node.put("checksum", checksum));
        }
        ArrayNode repeatableArray = root.putArray("repeatables");
        for (RepeatableScriptInfo script : repeatables) {
            ObjectNode node = repeatableArray.addObject();
            node.put("description", script.description());
            node.put("script", script.script());
            node.put("state", script.state().label());
            script.failedStatement().ifPresent(n -> node.put("failedStatement", n));
            node.put("statements", script.statements());
            script.installedOn().ifPresentOrElse(i -> node.put("installedOn", i.toString()),
                    () -> node.putNull("installedOn"));
            script.executionTime().ifPresentOrElse(d -> node.put("executionTimeMillis", d.toMillis()),
                    () -> node.putNull("executionTimeMillis"));
            script.failure().ifPresent(f -> node.put("failure", f));
            script.checksum().ifPresent(checksum -> node.put("checksum", checksum));
        }
        try {
            return mapper.writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write info as JSON", e);
        }
    }

    private static String millis(Duration duration) {
        return duration.toMillis() + " ms";
    }

    private static void appendRow(StringBuilder table, String[] row, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < row.length; i++) {
            if (i > 0) {
                line.append(" | ");
            }
            line.append(row[i]).append(" ".repeat(widths[i] - row[i].length()));
        }
        table.append(line.toString().stripTrailing()).append(System.lineSeparator());
    }
}
