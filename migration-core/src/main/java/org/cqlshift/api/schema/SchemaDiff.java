package org.cqlshift.api.schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@code diff} found: the live keyspace against the schema its applied scripts build, or against a schema
 * file.
 *
 * @param keyspace     the live keyspace
 * @param comparedWith where the expected schema came from, as a sentence part: {@code scripts 1 to 3 replayed on
 *                     Cassandra 5.0.9}
 * @param differences  in the order of the schema file: keyspace, types, functions, aggregates, tables, views
 */
public record SchemaDiff(String keyspace, String comparedWith, List<Difference> differences) {

    public SchemaDiff {
        Objects.requireNonNull(keyspace, "keyspace");
        Objects.requireNonNull(comparedWith, "comparedWith");
        differences = List.copyOf(differences);
    }

    public boolean hasDifferences() {
        return !differences.isEmpty();
    }

    /** The first line of {@link #toText()}. */
    public String headline() {
        if (differences.isEmpty()) {
            return "Keyspace " + keyspace + " matches " + comparedWith + ": no difference.";
        }
        return "Keyspace " + keyspace + " differs from " + comparedWith + ": " + differences.size()
                + (differences.size() == 1 ? " difference." : " differences.");
    }

    /** For terminals and build logs: the headline, then each difference with its fix or note, indented. */
    public String toText() {
        String newline = System.lineSeparator();
        StringBuilder text = new StringBuilder(headline()).append(newline);
        for (Difference difference : differences) {
            text.append("  ").append(difference.summary()).append(newline);
            difference.fix().ifPresent(fix -> text.append(indented("fix: ", fix)));
            difference.note().ifPresent(note -> text.append(indented("note: ", note)));
        }
        return text.toString();
    }

    private static String indented(String label, String text) {
        String newline = System.lineSeparator();
        String padding = "    " + " ".repeat(label.length());
        return "    " + label + String.join(newline + padding, text.split("\n", -1)) + newline;
    }

    /**
     * The same content for machines: {@code {"keyspace":..,"comparedWith":..,"differences":[{"change":"extra",
     * "object":"column","name":..,"expected":null,"live":"text","fix":..,"note":..}]}}.
     */
    public String toJson() {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("keyspace", keyspace);
        root.put("comparedWith", comparedWith);
        root.put("differs", hasDifferences());
        ArrayNode array = root.putArray("differences");
        for (Difference difference : differences) {
            ObjectNode node = array.addObject();
            node.put("change", difference.change().label());
            node.put("object", difference.object().label());
            node.put("name", difference.name());
            putOptional(node, "expected", difference.expected());
            putOptional(node, "live", difference.live());
            putOptional(node, "fix", difference.fix());
            putOptional(node, "note", difference.note());
        }
        try {
            return mapper.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the diff as JSON", e);
        }
    }

    private static void putOptional(ObjectNode node, String field, Optional<String> value) {
        value.ifPresentOrElse(text -> node.put(field, text), () -> node.putNull(field));
    }

    /**
     * @throws SchemaDriftException listing the differences, whose kind front ends turn into their own exit code
     */
    public SchemaDiff requireNoDifference() {
        if (hasDifferences()) {
            throw new SchemaDriftException(this);
        }
        return this;
    }
}
