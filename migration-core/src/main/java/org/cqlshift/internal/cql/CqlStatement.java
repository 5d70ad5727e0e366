package org.cqlshift.internal.cql;

import java.util.Objects;

/**
 * One statement of a script. Its {@link #text()} is the script's characters from {@link #line()}:
 * {@link #column()} up to the statement's last token, with line endings as {@code \n}: comments inside it
 * and string contents are kept as written, comments around it and the closing {@code ;} are not. Counting
 * lines and columns through the text therefore gives positions in the script.
 */
public final class CqlStatement {

    private final String text;
    private final int line;
    private final int column;

    public CqlStatement(String text, int line, int column) {
        this.text = Objects.requireNonNull(text, "text");
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("line and column are 1-based, found line " + line
                    + ", column " + column);
        }
        this.line = line;
        this.column = column;
    }

    /** The statement without its closing {@code ;}. */
    public String text() {
        return text;
    }

    /** The 1-based line of the statement's first character in its script. */
    public int line() {
        return line;
    }

    /** The 1-based column of the statement's first character in its script. */
    public int column() {
        return column;
    }

    /** The same statement with another text, such as the text after placeholder replacement. */
    public CqlStatement withText(String newText) {
        return new CqlStatement(newText, line, column);
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof CqlStatement)) {
            return false;
        }
        CqlStatement that = (CqlStatement) other;
        return text.equals(that.text) && line == that.line && column == that.column;
    }

    @Override
    public int hashCode() {
        return Objects.hash(text, line, column);
    }

    @Override
    public String toString() {
        return line + ":" + column + ": " + text;
    }
}
