package org.cqlshift.api.verify;

import org.cqlshift.api.OutputFormat;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The outcome of a verify run: one entry per table, one line per step, with timings. */
public final class VerifyReport {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String keyspace;
    private final List<TableReport> tables;
    private final List<String> skippedTables;
    private final Duration elapsed;

    public VerifyReport(String keyspace, List<TableReport> tables, List<String> skippedTables, Duration elapsed) {
        this.keyspace = keyspace;
        this.tables = List.copyOf(tables);
        this.skippedTables = List.copyOf(skippedTables);
        this.elapsed = elapsed;
    }

    public String keyspace() {
        return keyspace;
    }

    public List<TableReport> tables() {
        return tables;
    }

    /** Tables left alone because they are the tool's own history tables. */
    public List<String> skippedTables() {
        return skippedTables;
    }

    public Duration elapsed() {
        return elapsed;
    }

    /** True when every verified table passed every step it ran. */
    public boolean passed() {
        return tables.stream().allMatch(TableReport::passed);
    }

    public List<TableReport> failedTables() {
        return tables.stream().filter(t -> !t.passed()).collect(Collectors.toList());
    }

    /**
     * Does nothing when every table passed.
     *
     * @throws VerifyException naming the failed tables and their first failed step
     */
    public void requirePassed() {
        List<TableReport> failed = failedTables();
        if (failed.isEmpty()) {
            return;
        }
        String which = failed.stream()
                .map(t -> t.table() + " (" + t.steps().stream().filter(s -> s.outcome() == Outcome.FAILED)
                        .findFirst().map(s -> s.step() + ": " + s.detail()).orElse("") + ")")
                .collect(Collectors.joining(", "));
        throw new VerifyException("Verify failed for " + failed.size() + " of " + tables.size() + " tables in keyspace '"
                + keyspace + "': " + which + ".",
                "See the report for each step; a failed insert or read often means a permission, a type the"
                        + " application writes differently, or an unavailable replica.", this);
    }

    /** A fixed-width table for people: one line per table and step. */
    /** The text report, or the JSON document on one line, ending with a line separator. */
    public String render(OutputFormat format) {
        return format == OutputFormat.JSON ? toJson() + System.lineSeparator() : toText();
    }

    public String toText() {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"TABLE", "STEP", "RESULT", "TIME", "DETAIL"});
        for (TableReport table : tables) {
            for (StepReport step : table.steps()) {
                rows.add(new String[] {table.table(), step.step(), step.outcome().label(),
                        millis(step.elapsed()), step.detail()});
            }
        }
        int[] widths = new int[4];
        for (String[] row : rows) {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        StringBuilder text = new StringBuilder();
        text.append("Verify of keyspace ").append(keyspace).append(": ").append(tables.size())
                .append(tables.size() == 1 ? " table, " : " tables, ")
                .append(passed() ? "all passed" : failedTables().size() + " failed")
                .append(" (").append(millis(elapsed)).append(")").append(System.lineSeparator());
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < widths.length; i++) {
                line.append(String.format(Locale.ROOT, "%-" + widths[i] + "s  ", row[i]));
            }
            text.append((line + row[4]).stripTrailing()).append(System.lineSeparator());
        }
        if (!skippedTables.isEmpty()) {
            text.append("Left alone (cqlshift's own tables): ").append(String.join(", ", skippedTables))
                    .append(System.lineSeparator());
        }
        return text.toString();
    }

    /** The same content as one JSON document, for machines. */
    public String toJson() {
        ObjectNode root = JSON.createObjectNode();
        root.put("keyspace", keyspace);
        root.put("passed", passed());
        root.put("elapsedMillis", elapsed.toMillis());
        ArrayNode tableNodes = root.putArray("tables");
        for (TableReport table : tables) {
            ObjectNode tableNode = tableNodes.addObject();
            tableNode.put("table", table.table());
            tableNode.put("passed", table.passed());
            tableNode.put("elapsedMillis", table.elapsed().toMillis());
            ArrayNode steps = tableNode.putArray("steps");
            for (StepReport step : table.steps()) {
                ObjectNode stepNode = steps.addObject();
                stepNode.put("step", step.step());
                stepNode.put("result", step.outcome().label());
                stepNode.put("elapsedMillis", step.elapsed().toMillis());
                stepNode.put("detail", step.detail());
            }
        }
        ArrayNode skipped = root.putArray("skippedTables");
        skippedTables.forEach(skipped::add);
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings and numbers always serializes", e);
        }
    }

    private static String millis(Duration duration) {
        return duration.toMillis() + " ms";
    }

    /** How one step ended. */
    public enum Outcome {
        PASSED, FAILED, SKIPPED;

        String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** One table's steps in the order they ran. */
    public static final class TableReport {
        private final String table;
        private final List<StepReport> steps;
        private final Duration elapsed;

        public TableReport(String table, List<StepReport> steps, Duration elapsed) {
            this.table = table;
            this.steps = List.copyOf(steps);
            this.elapsed = elapsed;
        }

        public String table() {
            return table;
        }

        public List<StepReport> steps() {
            return steps;
        }

        public Duration elapsed() {
            return elapsed;
        }

        public boolean passed() {
            return steps.stream().noneMatch(s -> s.outcome() == Outcome.FAILED);
        }
    }

    /** One step: insert, read, update, delete (or increment for counter tables). */
    public static final class StepReport {
        private final String step;
        private final Outcome outcome;
        private final String detail;
        private final Duration elapsed;

        public StepReport(String step, Outcome outcome, String detail, Duration elapsed) {
            this.step = step;
            this.outcome = outcome;
            this.detail = detail;
            this.elapsed = elapsed;
        }

        public String step() {
            return step;
        }

        public Outcome outcome() {
            return outcome;
        }

        /** What was checked, or what failed and why. */
        public String detail() {
            return detail;
        }

        public Duration elapsed() {
            return elapsed;
        }
    }
}
