package org.cqlshift.api.lint;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Objects;

/**
 * What lint found in the scripts it checked.
 *
 * @param checked      what was checked, as a sentence part: {@code 2 pending scripts of keyspace app against
 *                     Cassandra 5.0.9}
 * @param findings     the findings that count, in script and statement order
 * @param allowed      the findings that statements opted out of, with the reasons
 * @param skippedRules the ids of the rules that need the live schema, when lint ran without it
 */
public record LintResult(String checked, List<LintFinding> findings, List<AllowedFinding> allowed,
                         List<String> skippedRules) {

    public LintResult {
        Objects.requireNonNull(checked, "checked");
        findings = List.copyOf(findings);
        allowed = List.copyOf(allowed);
        skippedRules = List.copyOf(skippedRules);
    }

    public List<LintFinding> errors() {
        return findings.stream().filter(finding -> finding.severity() == Severity.ERROR).toList();
    }

    public List<LintFinding> warnings() {
        return findings.stream().filter(finding -> finding.severity() == Severity.WARNING).toList();
    }

    public boolean hasErrors() {
        return !errors().isEmpty();
    }

    /** {@code Lint of ...: 1 error, 2 warnings, 1 allowed.} */
    public String headline() {
        return "Lint of " + checked + ": " + count(errors().size(), "error") + ", "
                + count(warnings().size(), "warning") + (allowed.isEmpty() ? "" : ", " + allowed.size() + " allowed")
                + ".";
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** For terminals and build logs: each finding as {@code file:line:column: severity [id] message} and its fix. */
    public String toText() {
        String newline = System.lineSeparator();
        StringBuilder text = new StringBuilder();
        for (LintFinding finding : findings) {
            text.append(finding.headline()).append(newline).append("  fix: ").append(finding.fix()).append(newline);
        }
        for (AllowedFinding allowance : allowed) {
            text.append(allowance.finding().headline()).append(newline).append("  allowed: ")
                    .append(allowance.reason()).append(newline);
        }
        if (!skippedRules.isEmpty()) {
            text.append("Without a connection, these rules were not run: ").append(String.join(", ", skippedRules))
                    .append('.').append(newline);
        }
        return text.append(headline()).append(newline).toString();
    }

    /** The same for machines: {@code {"checked":..,"errors":n,"warnings":n,"findings":[..],"allowed":[..]}}. */
    public String toJson() {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("checked", checked);
        root.put("errors", errors().size());
        root.put("warnings", warnings().size());
        ArrayNode array = root.putArray("findings");
        findings.forEach(finding -> put(array.addObject(), finding));
        ArrayNode allowedArray = root.putArray("allowed");
        allowed.forEach(allowance -> put(allowedArray.addObject(), allowance.finding())
                .put("reason", allowance.reason()));
        ArrayNode skipped = root.putArray("skippedRules");
        skippedRules.forEach(skipped::add);
        try {
            return mapper.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the lint result as JSON", e);
        }
    }

    private static ObjectNode put(ObjectNode node, LintFinding finding) {
        return node.put("rule", finding.ruleId())
                .put("severity", finding.severity().label())
                .put("source", finding.source())
                .put("version", finding.version())
                .put("statement", finding.statement())
                .put("line", finding.line())
                .put("column", finding.column())
                .put("message", finding.message())
                .put("fix", finding.fix());
    }

    /** @throws LintException when there is an error; warnings never throw */
    public LintResult requireNoErrors() {
        if (hasErrors()) {
            throw new LintException(this);
        }
        return this;
    }
}
