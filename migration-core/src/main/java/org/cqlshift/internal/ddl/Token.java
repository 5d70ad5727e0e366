package org.cqlshift.internal.ddl;

import java.util.Objects;

/**
 * A token of a CQL statement, at its position in the script.
 *
 * @param text            as written (for a token that came from a placeholder: as the value reads)
 * @param value           a word as written, a quoted name or string without quotes and with doubled quotes made
 *                        single, a {@code $$} body without its {@code $$}
 * @param fromPlaceholder whether it came from the value of a {@code ${name}}, at whose position it then is
 */
public record Token(Kind kind, String text, String value, int line, int column, boolean fromPlaceholder) {

    public enum Kind {
        /** A keyword or an unquoted name. */
        WORD,
        /** A {@code "quoted"} name. */
        QUOTED_NAME,
        /** A {@code 'string'} literal. */
        STRING,
        NUMBER,
        /** A {@code $$ ... $$} function body. */
        BODY,
        /** Any other single character: {@code ( ) , . ; = < > { } [ ] :} and the like. */
        SYMBOL
    }

    public Token {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(value, "value");
    }

    /** Whether this is the given keyword, in any case. */
    public boolean is(String word) {
        return kind == Kind.WORD && text.equalsIgnoreCase(word);
    }

    public boolean isSymbol(char symbol) {
        return kind == Kind.SYMBOL && text.length() == 1 && text.charAt(0) == symbol;
    }

    /** Whether this can be a name: a word, or a quoted name. */
    public boolean isName() {
        return kind == Kind.WORD || kind == Kind.QUOTED_NAME;
    }

    /** A name as Cassandra stores it: a quoted one as written, an unquoted one in lower case. */
    public String name() {
        return kind == Kind.QUOTED_NAME ? value : value.toLowerCase(java.util.Locale.ROOT);
    }
}
