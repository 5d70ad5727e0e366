package org.cqlshift.internal.ddl;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cqlshift.internal.cql.CqlStatement;
import org.cqlshift.internal.cql.Placeholders;

/**
 * Splits one statement, as the splitter gives it, into tokens that know their line and column in the script. A
 * {@code ${name}} becomes the tokens of its value, all at the placeholder's position, so that what is read is what
 * the server will run, and what is reported points into the file as written.
 */
public final class Tokenizer {

    private final String text;
    private final Placeholders placeholders;
    private final List<Token> tokens = new ArrayList<>();
    private int pos;
    private int line;
    private int column;

    private Tokenizer(String text, int line, int column, Placeholders placeholders) {
        this.text = text;
        this.line = line;
        this.column = column;
        this.placeholders = placeholders;
    }

    /** The tokens of a statement; placeholders without a value stay as words spelled {@code ${name}}. */
    public static List<Token> tokenize(CqlStatement statement, Placeholders placeholders) {
        return new Tokenizer(statement.text(), statement.line(), statement.column(), placeholders).run();
    }

    /** The tokens of CQL text that has no placeholders, such as the server's own DESCRIBE output. */
    public static List<Token> tokenize(String cql) {
        return new Tokenizer(cql, 1, 1, null).run();
    }

    private List<Token> run() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (Character.isWhitespace(c)) {
                advance(1);
            } else if (text.startsWith("--", pos) || text.startsWith("//", pos)) {
                while (pos < text.length() && text.charAt(pos) != '\n') {
                    advance(1);
                }
            } else if (text.startsWith("/*", pos)) {
                int close = text.indexOf("*/", pos + 2);
                advance((close < 0 ? text.length() : close + 2) - pos);
            } else if (c == '\'' || c == '"') {
                quoted(c);
            } else if (text.startsWith("$$", pos)) {
                body();
            } else if (text.startsWith("${", pos) && placeholderEnd() > 0) {
                placeholder();
            } else if (Character.isDigit(c)) {
                number();
            } else if (isWordCharacter(c)) {
                int end = pos;
                while (end < text.length() && isWordCharacter(text.charAt(end))) {
                    end++;
                }
                String word = text.substring(pos, end);
                add(Token.Kind.WORD, word, word, end - pos);
            } else {
                String symbol = String.valueOf(c);
                add(Token.Kind.SYMBOL, symbol, symbol, 1);
            }
        }
        return List.copyOf(tokens);
    }

    private void quoted(char quote) {
        int i = pos + 1;
        StringBuilder value = new StringBuilder();
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == quote) {
                if (i + 1 < text.length() && text.charAt(i + 1) == quote) {
                    value.append(quote);
                    i += 2;
                    continue;
                }
                i++;
                break;
            }
            value.append(c);
            i++;
        }
        String content = quote == '\'' ? resolved(value.toString()) : value.toString();
        add(quote == '\'' ? Token.Kind.STRING : Token.Kind.QUOTED_NAME, text.substring(pos, i), content, i - pos);
    }

    private void body() {
        int close = text.indexOf("$$", pos + 2);
        int end = close < 0 ? text.length() : close + 2;
        String content = text.substring(pos + 2, close < 0 ? text.length() : close);
        add(Token.Kind.BODY, text.substring(pos, end), resolved(content), end - pos);
    }

    private void number() {
        int end = pos;
        while (end < text.length() && Character.isDigit(text.charAt(end))) {
            end++;
        }
        if (end + 1 < text.length() && text.charAt(end) == '.' && Character.isDigit(text.charAt(end + 1))) {
            end++;
            while (end < text.length() && Character.isDigit(text.charAt(end))) {
                end++;
            }
        }
        if (end < text.length() && (text.charAt(end) == 'e' || text.charAt(end) == 'E')) {
            int exponent = end + 1;
            if (exponent < text.length() && (text.charAt(exponent) == '+' || text.charAt(exponent) == '-')) {
                exponent++;
            }
            if (exponent < text.length() && Character.isDigit(text.charAt(exponent))) {
                end = exponent;
                while (end < text.length() && Character.isDigit(text.charAt(end))) {
                    end++;
                }
            }
        }
        // Hexadecimal blobs and UUIDs run on with letters and dashes; they are one token.
        while (end < text.length() && (isWordCharacter(text.charAt(end)) || text.charAt(end) == '-'
                && end + 1 < text.length() && isWordCharacter(text.charAt(end + 1)))) {
            end++;
        }
        String number = text.substring(pos, end);
        add(Token.Kind.NUMBER, number, number, end - pos);
    }

    /** The index after the '}' of a well-formed {@code ${name}} at the current position, or -1. */
    private int placeholderEnd() {
        int i = pos + 2;
        while (i < text.length() && isNameCharacter(text.charAt(i))) {
            i++;
        }
        return i > pos + 2 && i < text.length() && text.charAt(i) == '}' ? i + 1 : -1;
    }

    private void placeholder() {
        int end = placeholderEnd();
        String written = text.substring(pos, end);
        Optional<String> value = placeholders == null ? Optional.empty()
                : placeholders.value(written.substring(2, written.length() - 1));
        if (value.isEmpty()) {
            add(Token.Kind.WORD, written, written, end - pos);
            return;
        }
        for (Token token : new Tokenizer(value.get(), line, column, null).run()) {
            tokens.add(new Token(token.kind(), token.text(), token.value(), line, column, true));
        }
        advance(end - pos);
    }

    /** A string's or body's content with its placeholders replaced, as the server will receive it. */
    private String resolved(String content) {
        if (placeholders == null || content.indexOf("${") < 0) {
            return content;
        }
        StringBuilder resolved = new StringBuilder();
        int i = 0;
        while (i < content.length()) {
            int start = content.indexOf("${", i);
            if (start < 0 || (start > 0 && content.charAt(start - 1) == '$')) {
                int next = start < 0 ? content.length() : start + 2;
                resolved.append(content, i, next);
                i = next;
                continue;
            }
            int end = start + 2;
            while (end < content.length() && isNameCharacter(content.charAt(end))) {
                end++;
            }
            Optional<String> value = end < content.length() && content.charAt(end) == '}'
                    ? placeholders.value(content.substring(start + 2, end)) : Optional.empty();
            resolved.append(content, i, start).append(value.orElse(content.substring(start, Math.min(end + 1,
                    content.length()))));
            i = Math.min(end + 1, content.length());
        }
        return resolved.toString();
    }

    private void add(Token.Kind kind, String written, String value, int length) {
        tokens.add(new Token(kind, written, value, line, column, false));
        advance(length);
    }

    /** Moves on by {@code length} characters, counting lines and columns as an editor does (in code points). */
    private void advance(int length) {
        int end = Math.min(text.length(), pos + length);
        for (; pos < end; pos++) {
            char c = text.charAt(pos);
            if (c == '\n') {
                line++;
                column = 1;
            } else if (!Character.isLowSurrogate(c)) {
                column++;
            }
        }
    }

    private static boolean isWordCharacter(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    private static boolean isNameCharacter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '.'
                || c == '-';
    }
}
