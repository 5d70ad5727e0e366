package org.cqlshift.internal.session;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A column's {@code CHECK} constraint (CEP-42), as {@code DESCRIBE TABLE} prints its definition, such as
 * {@code quantity int CHECK quantity >= 0 AND quantity < 1000}: evaluated on the client so that a seed row
 * that breaks it fails its file before anything is written. The conditions 6.0 offers on scalars are
 * understood: comparisons of the value, or of its {@code LENGTH} or {@code OCTET_LENGTH}, with a literal,
 * and {@code NOT NULL}. Any other condition is left to the server.
 */
public final class ColumnConstraint {

    private static final Pattern DEFINITION = Pattern.compile(
            "^\\s*(\"(?:[^\"]|\"\")+\"|\\S+)\\s+.*?\\bCHECK\\b(.+?),?\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern AND = Pattern.compile("\\s+AND\\s+", Pattern.CASE_INSENSITIVE);
    private static final Pattern COMPARISON = Pattern.compile(
            "^(?:(LENGTH|OCTET_LENGTH)\\s*\\(\\s*([^)\\s]+)\\s*\\)|([^\\s<>=!]+))\\s*(<=|>=|!=|<>|=|<|>)\\s*(.+?)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NOT_NULL = Pattern.compile("^NOT\\s+NULL$", Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBER = Pattern.compile("^[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?$");

    private final String column;
    private final String text;
    private final List<Condition> conditions;

    private ColumnConstraint(String column, String text, List<Condition> conditions) {
        this.column = column;
        this.text = text;
        this.conditions = List.copyOf(conditions);
    }

    /** The constraint of a column definition line, if it has one. */
    public static Optional<ColumnConstraint> parse(String definition) {
        Matcher matcher = DEFINITION.matcher(definition);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String column = unquote(matcher.group(1));
        String expression = matcher.group(2).strip();
        List<Condition> conditions = new ArrayList<>();
        for (String part : AND.split(expression)) {
            conditions.add(condition(column, part.strip()));
        }
        return Optional.of(new ColumnConstraint(column, expression, conditions));
    }

    public String column() {
        return column;
    }

    /** The constraint as the table declares it, such as {@code quantity >= 0}. */
    public String text() {
        return text;
    }

    /** The first condition the value breaks, as written in the table; empty when none does or none can tell. */
    public Optional<String> violatedBy(Object value) {
        return conditions.stream().filter(condition -> condition.violatedBy(value)).map(Condition::text).findFirst();
    }

    private static Condition condition(String column, String text) {
        if (NOT_NULL.matcher(text).matches()) {
            return new NotNull(text);
        }
        Matcher matcher = COMPARISON.matcher(text);
        if (!matcher.matches()) {
            return new LeftToServer(text);
        }
        String function = matcher.group(1);
        String operand = unquote(function != null ? matcher.group(2) : matcher.group(3));
        if (!operand.equals(column)) {
            return new LeftToServer(text);
        }
        String literal = matcher.group(5).strip();
        Object bound;
        if (NUMBER.matcher(literal).matches()) {
            bound = new BigDecimal(literal);
        } else if (literal.length() >= 2 && literal.startsWith("'") && literal.endsWith("'")) {
            bound = literal.substring(1, literal.length() - 1).replace("''", "'");
        } else {
            return new LeftToServer(text);
        }
        return new Comparison(text, function == null ? null : function.toUpperCase(Locale.ROOT),
                matcher.group(4), bound);
    }

    private static String unquote(String identifier) {
        return identifier.startsWith("\"") && identifier.endsWith("\"") && identifier.length() >= 2
                ? identifier.substring(1, identifier.length() - 1).replace("\"\"", "\"")
                : identifier.toLowerCase(Locale.ROOT);
    }

    /** One condition of the constraint, with its text as the table declares it. */
    private sealed interface Condition {
        String text();

        boolean violatedBy(Object value);
    }

    private record NotNull(String text) implements Condition {
        @Override
        public boolean violatedBy(Object value) {
            return value == null;
        }
    }

    /** A condition the client does not understand: the server checks it when the row is written. */
    private record LeftToServer(String text) implements Condition {
        @Override
        public boolean violatedBy(Object value) {
            return false;
        }
    }

    /**
     * The value, or its {@code LENGTH} or {@code OCTET_LENGTH} ({@code function}; null for the value itself),
     * compared with a number or string literal.
     */
    private record Comparison(String text, String function, String operator, Object bound) implements Condition {
        @Override
        public boolean violatedBy(Object value) {
            if (value == null) {
                return false;
            }
            Integer comparison = compare(function == null ? value : measure(value));
            return comparison != null && !holds(comparison);
        }

        private Object measure(Object value) {
            if (value instanceof String string) {
                return BigDecimal.valueOf(function.equals("LENGTH") ? string.length()
                        : string.getBytes(StandardCharsets.UTF_8).length);
            }
            if (value instanceof ByteBuffer bytes) {
                return BigDecimal.valueOf(bytes.remaining());
            }
            return null;
        }

        /** The value against the bound, or null when they are not of comparable kinds. */
        private Integer compare(Object value) {
            if (bound instanceof BigDecimal number && value instanceof Number) {
                BigDecimal actual = value instanceof BigDecimal decimal ? decimal : new BigDecimal(value.toString());
                return actual.compareTo(number);
            }
            if (bound instanceof String string && value instanceof String actual) {
                return actual.compareTo(string);
            }
            return null;
        }

        private boolean holds(int comparison) {
            return switch (operator) {
                case "<" -> comparison < 0;
                case "<=" -> comparison <= 0;
                case ">" -> comparison > 0;
                case ">=" -> comparison >= 0;
                case "=" -> comparison == 0;
                default -> comparison != 0;
            };
        }
    }
}
