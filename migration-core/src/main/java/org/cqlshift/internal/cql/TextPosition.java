package org.cqlshift.internal.cql;

/**
 * A 1-based line and column in a script, as an editor shows them: {@code \n}, {@code \r\n} and a lone
 * {@code \r} each end a line, and columns count characters (code points), not UTF-16 units or bytes.
 */
record TextPosition(int line, int column) {

    static final TextPosition START = new TextPosition(1, 1);

    /** The position of {@code text[offset]}, given that {@code text[0]} is at this position. */
    TextPosition advance(CharSequence text, int offset) {
        return advance(text, 0, offset);
    }

    /** The position of {@code text[to]}, given that {@code text[from]} is at this position. */
    TextPosition advance(CharSequence text, int from, int to) {
        int currentLine = line;
        int lineStart = from;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                currentLine++;
                lineStart = i + 1;
            }
        }
        int characters = Character.codePointCount(text, lineStart, to);
        return currentLine == line
                ? new TextPosition(line, column + characters)
                : new TextPosition(currentLine, characters + 1);
    }
}
