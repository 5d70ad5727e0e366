package org.cqlshift.internal.ddl;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Walks the tokens of one statement for {@link DdlReader}: keywords, names, types and literals. A token that does
 * not fit throws {@link NotUnderstood}, and the statement is then read as {@link Ddl.Other}: lint leaves syntax to
 * the server.
 */
final class Cursor {

    /** A statement this reader does not follow; never shown to users. */
    static final class NotUnderstood extends RuntimeException {
        NotUnderstood() {
            super(null, null, false, false);
        }
    }

    private static final Set<String> NATIVE_TYPES = Set.of("ascii", "bigint", "blob", "boolean", "counter", "date",
            "decimal", "double", "duration", "float", "inet", "int", "smallint", "text", "time", "timestamp",
            "timeuuid", "tinyint", "uuid", "varchar", "varint", "empty");
    private static final Set<String> CONTAINERS = Set.of("list", "set", "map", "frozen", "tuple", "vector");

    private final List<Token> tokens;
    private int pos;

    Cursor(List<Token> tokens) {
        this.tokens = tokens;
    }

    boolean atEnd() {
        return pos >= tokens.size();
    }

    Token peek() {
        return atEnd() ? null : tokens.get(pos);
    }

    Token peek(int ahead) {
        return pos + ahead < tokens.size() ? tokens.get(pos + ahead) : null;
    }

    Token next() {
        if (atEnd()) {
            throw new NotUnderstood();
        }
        return tokens.get(pos++);
    }

    /** Consumes the keyword if it is next. */
    boolean accept(String word) {
        if (!atEnd() && peek().is(word)) {
            pos++;
            return true;
        }
        return false;
    }

    /** Consumes the keywords if they all come next, in order. */
    boolean accept(String... words) {
        for (int i = 0; i < words.length; i++) {
            Token token = peek(i);
            if (token == null || !token.is(words[i])) {
                return false;
            }
        }
        pos += words.length;
        return true;
    }

    boolean acceptSymbol(char symbol) {
        if (!atEnd() && peek().isSymbol(symbol)) {
            pos++;
            return true;
        }
        return false;
    }

    Token expect(String word) {
        Token token = next();
        if (!token.is(word)) {
            throw new NotUnderstood();
        }
        return token;
    }

    void expectSymbol(char symbol) {
        if (!next().isSymbol(symbol)) {
            throw new NotUnderstood();
        }
    }

    Token name() {
        Token token = next();
        if (!token.isName()) {
            throw new NotUnderstood();
        }
        return token;
    }

    Ddl.QualifiedName qualifiedName() {
        Token first = name();
        if (acceptSymbol('.')) {
            return new Ddl.QualifiedName(first, name());
        }
        return new Ddl.QualifiedName(null, first);
    }

    boolean ifNotExists() {
        return accept("IF", "NOT", "EXISTS");
    }

    boolean ifExists() {
        return accept("IF", "EXISTS");
    }

    /** A type, such as {@code map<text, frozen<address>>} or {@code vector<float, 3>}. */
    Ddl.TypeRef type() {
        Token at = peek();
        List<String> userTypes = new ArrayList<>();
        String text = typeText(userTypes);
        return new Ddl.TypeRef(text, userTypes, at);
    }

    private String typeText(List<String> userTypes) {
        Token first = next();
        if (first.kind() == Token.Kind.NUMBER) {
            return first.text();
        }
        if (!first.isName()) {
            throw new NotUnderstood();
        }
        Token last = first;
        if (acceptSymbol('.')) {
            last = name();
        }
        String word = last.name();
        boolean quoted = last.kind() == Token.Kind.QUOTED_NAME;
        if (!quoted && CONTAINERS.contains(word) && acceptSymbol('<')) {
            StringBuilder text = new StringBuilder(word).append('<');
            text.append(typeText(userTypes));
            while (acceptSymbol(',')) {
                text.append(", ").append(typeText(userTypes));
            }
            expectSymbol('>');
            return text.append('>').toString();
        }
        if (!quoted && NATIVE_TYPES.contains(word)) {
            return "varchar".equals(word) ? "text" : word;
        }
        userTypes.add(word);
        return org.cqlshift.internal.ddl.CqlText.identifier(word);
    }

    /** A literal: a string, a number (with its sign), a word such as {@code true}, or a map of them. */
    Ddl.Literal literal() {
        Token at = peek();
        if (acceptSymbol('{')) {
            Map<String, String> entries = new LinkedHashMap<>();
            if (!acceptSymbol('}')) {
                do {
                    String key = scalar().value();
                    expectSymbol(':');
                    entries.put(key, scalar().value());
                } while (acceptSymbol(','));
                expectSymbol('}');
            }
            return new Ddl.Literal(Ddl.Literal.Kind.MAP, "", entries, at);
        }
        return scalar();
    }

    private Ddl.Literal scalar() {
        Token at = peek();
        boolean negative = acceptSymbol('-');
        Token token = next();
        return switch (token.kind()) {
            case STRING -> new Ddl.Literal(Ddl.Literal.Kind.STRING, token.value(), null, at);
            case NUMBER -> new Ddl.Literal(Ddl.Literal.Kind.NUMBER, (negative ? "-" : "") + token.value(), null, at);
            case WORD -> new Ddl.Literal(Ddl.Literal.Kind.WORD, token.value(), null, at);
            default -> throw new NotUnderstood();
        };
    }

    /** {@code name = literal [AND name = literal ...]} up to CLUSTERING ORDER and COMPACT STORAGE, which callers read. */
    Ddl.Option option() {
        Token name = name();
        expectSymbol('=');
        return new Ddl.Option(name, literal());
    }

    /** {@code (a, b)} or {@code a}: a list of names. */
    List<Token> names() {
        List<Token> names = new ArrayList<>();
        if (acceptSymbol('(')) {
            do {
                names.add(name());
            } while (acceptSymbol(','));
            expectSymbol(')');
        } else {
            names.add(name());
        }
        return names;
    }

    /**
     * The tokens up to the next {@code ,} or {@code )} outside parentheses, as CQL text: what follows MASKED WITH or
     * CHECK in a column definition. Tokens written together stay together ({@code >=}, {@code -1},
     * {@code mask_inner(1, 1)}); any space between two becomes one.
     */
    String clauseText() {
        StringBuilder text = new StringBuilder();
        int depth = 0;
        Token previous = null;
        while (!atEnd()) {
            Token token = peek();
            if (depth == 0 && (token.isSymbol(',') || token.isSymbol(')'))) {
                break;
            }
            if (token.isSymbol('(')) {
                depth++;
            } else if (token.isSymbol(')')) {
                depth--;
            }
            boolean adjacent = previous != null && previous.line() == token.line()
                    && previous.column() + previous.text().codePointCount(0, previous.text().length()) == token.column();
            text.append(previous == null || adjacent ? "" : " ").append(token.text());
            previous = next();
        }
        return text.toString();
    }

    /** Moves past everything up to the given keyword pair at the top level; false when the statement ends first. */
    boolean skipTo(String first, String second) {
        int depth = 0;
        while (!atEnd()) {
            Token token = peek();
            if (token.isSymbol('(')) {
                depth++;
            } else if (token.isSymbol(')')) {
                depth--;
            } else if (depth == 0 && token.is(first) && peek(1) != null && peek(1).is(second)) {
                return true;
            }
            pos++;
        }
        return false;
    }

    static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
