package org.cqlshift.internal.cql;

import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

import org.cqlshift.api.config.Configuration;
import org.cqlshift.api.config.ConfigurationException;
import org.cqlshift.api.cql.ScriptException;

/**
 * Replaces {@code ${name}} in statements everywhere, inside string literals and {@code $$} bodies too, as
 * Flyway does; the {@code placeholderReplacement} setting switches this off for every script, and a first
 * line {@link MigrationScript#PLACEHOLDERS_OFF} for one. Names are letters, digits, {@code _}, {@code .} and
 * {@code -}. A {@code $$} pair is never the start of a placeholder, so {@code $${...}$$} stays a function
 * body. Values are inserted as they are, and are not scanned for placeholders again.
 */
public final class Placeholders {

    public static final String KEYSPACE = "keyspace";
    public static final String REPLICATION = "replication";

    /** Leaves every statement as written. */
    private static final Placeholders OFF = new Placeholders(Map.of(), false);

    private final Map<String, String> values;
    private final boolean replace;

    /** @throws ConfigurationException for a name that a script could not write as {@code ${name}} */
    public Placeholders(Map<String, String> values) {
        this(values, true);
    }

    private Placeholders(Map<String, String> values, boolean replace) {
        this.replace = replace;
        Map<String, String> copy = new TreeMap<>();
        values.forEach((name, value) -> {
            if (name.isEmpty() || !name.chars().allMatch(c -> isNameCharacter((char) c))) {
                throw new ConfigurationException("Placeholder name '" + name + "' is not valid: expected letters,"
                        + " digits, '_', '.' and '-' only",
                        "Rename the placeholder so that scripts can write it as ${name}.");
            }
            copy.put(name, Objects.requireNonNull(value, () -> "value of placeholder " + name));
        });
        this.values = Collections.unmodifiableMap(copy);
    }

    /** {@code keyspace} and {@code replication} from their settings, plus the user's placeholders. */
    public static Placeholders of(Configuration configuration) {
        if (!configuration.placeholderReplacement()) {
            return OFF;
        }
        Map<String, String> values = new TreeMap<>(configuration.placeholders());
        values.put(KEYSPACE, configuration.keyspace());
        values.put(REPLICATION, configuration.replication().toCql());
        return new Placeholders(values);
    }

    /** These placeholders, or none for a script that switches them off. */
    public Placeholders forScript(MigrationScript script) {
        return script.placeholdersOff() ? OFF : this;
    }

    /** These placeholders, or none for a text whose first line is {@link MigrationScript#PLACEHOLDERS_OFF}. */
    public Placeholders forContent(String content) {
        return MigrationScript.placeholdersOff(content) ? OFF : this;
    }

    /**
     * The value {@code ${name}} is replaced with, for readers that keep positions in the script as written; empty
     * when the name is undefined or these placeholders leave scripts as written.
     */
    public Optional<String> value(String name) {
        return replace ? Optional.ofNullable(values.get(name)) : Optional.empty();
    }

    /**
     * @param source the script's path or resource, for error messages
     * @throws ScriptException at the line and column of the {@code ${} of an undefined or malformed placeholder
     */
    public CqlStatement resolve(String source, CqlStatement statement) {
        String text = statement.text();
        int dollar = text.indexOf('$');
        if (!replace || dollar < 0) {
            return statement;
        }
        StringBuilder resolved = new StringBuilder(text.length());
        int copied = 0;
        int i = dollar;
        while (i < text.length()) {
            if (text.charAt(i) != '$') {
                i++;
            } else if (i + 1 < text.length() && text.charAt(i + 1) == '$') {
                i += 2;
            } else if (i + 1 < text.length() && text.charAt(i + 1) == '{') {
                int nameEnd = i + 2;
                while (nameEnd < text.length() && isNameCharacter(text.charAt(nameEnd))) {
                    nameEnd++;
                }
                String name = text.substring(i + 2, nameEnd);
                boolean closed = nameEnd < text.length() && text.charAt(nameEnd) == '}';
                if (name.isEmpty() && !closed) {
                    // "${" followed by something that cannot start a name, as in Java code inside a body.
                    i += 2;
                    continue;
                }
                if (!closed || name.isEmpty()) {
                    throw malformed(source, statement, i, name);
                }
                String value = values.get(name);
                if (value == null) {
                    throw undefined(source, statement, i, name);
                }
                resolved.append(text, copied, i).append(value);
                i = nameEnd + 1;
                copied = i;
            } else {
                i++;
            }
        }
        if (copied == 0) {
            return statement;
        }
        resolved.append(text, copied, text.length());
        return statement.withText(resolved.toString());
    }

    private ScriptException undefined(String source, CqlStatement statement, int offset, String name) {
        TextPosition at = new TextPosition(statement.line(), statement.column()).advance(statement.text(), offset);
        return new ScriptException(source, at.line(), at.column(),
                "placeholder ${" + name + "} is not defined; defined placeholders: " + String.join(", ", values.keySet()),
                "Define it with --placeholders " + name + "=VALUE" + environmentVariable(name)
                        + ", cassandra.placeholders." + name + " in a properties file or <placeholders><" + name
                        + "> in the POM, or correct its name in the script.");
    }

    private ScriptException malformed(String source, CqlStatement statement, int offset, String name) {
        TextPosition at = new TextPosition(statement.line(), statement.column()).advance(statement.text(), offset);
        String found = statement.text().substring(offset, Math.min(statement.text().length(), offset + 2 + name.length() + 1));
        return new ScriptException(source, at.line(), at.column(),
                "found '" + found + "' where a placeholder ${name} was expected: names are letters, digits, '_', '.'"
                        + " and '-', closed by '}'",
                "Write the placeholder as ${name}.");
    }

    /** Environment variables define lower-case names only: CASSANDRA_PLACEHOLDERS_TENANT defines tenant. */
    private static String environmentVariable(String name) {
        boolean reachable = name.chars().allMatch(c -> (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_');
        return reachable ? ", CASSANDRA_PLACEHOLDERS_" + name.toUpperCase(Locale.ROOT) : "";
    }

    private static boolean isNameCharacter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '_' || c == '.' || c == '-';
    }
}
