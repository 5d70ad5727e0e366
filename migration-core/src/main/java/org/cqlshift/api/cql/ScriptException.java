package org.cqlshift.api.cql;

import org.cqlshift.api.CqlShiftException;
import org.cqlshift.api.Failure;

/**
 * A CQL script cannot be used: a bad file name, a duplicate version, bytes that are not UTF-8, an
 * unterminated string or batch, an undefined placeholder. The message starts with
 * {@code source:line:column: } as compilers print it, or {@code source: } when no position applies.
 */
public class ScriptException extends CqlShiftException {

    private final String source;
    private final int line;
    private final int column;

    /**
     * @param source  the file path or classpath resource, as shown to users
     * @param line    1-based line, or 0 when the problem concerns the whole file
     * @param column  1-based column, or 0 when not applicable
     * @param problem what was found and what was expected
     * @param suggestion what to do about it
     */
    public ScriptException(String source, int line, int column, String problem, String suggestion) {
        this(source, line, column, problem, suggestion, null);
    }

    public ScriptException(String source, int line, int column, String problem, String suggestion, Throwable cause) {
        super(Failure.CONFIGURATION, prefix(source, line, column) + problem, suggestion, cause);
        this.source = source;
        this.line = line;
        this.column = column;
    }

    private static String prefix(String source, int line, int column) {
        if (line <= 0) {
            return source + ": ";
        }
        return column <= 0 ? source + ":" + line + ": " : source + ":" + line + ":" + column + ": ";
    }

    /** The file path or classpath resource, as shown to users. */
    public String source() {
        return source;
    }

    /** 1-based line, or 0 when the problem concerns the whole file. */
    public int line() {
        return line;
    }

    /** 1-based column, or 0 when not applicable. */
    public int column() {
        return column;
    }
}
