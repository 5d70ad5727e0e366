package org.cqlshift.api.schema;

import org.cqlshift.api.CqlShiftException;
import org.cqlshift.api.Failure;

/**
 * A statement failed on the throw-away node that builds the expected schema: an applied script, or a schema file,
 * does not replay on an empty cluster. The message starts with {@code source:line:column: }.
 */
public class SchemaReplayException extends CqlShiftException {

    private final String source;
    private final int line;
    private final int column;
    private final String statement;
    private final String serverMessage;

    public SchemaReplayException(String source, int line, int column, String statement, String serverMessage,
                                 String suggestion, Throwable cause) {
        super(Failure.CONFIGURATION, source + ":" + line + ":" + column + ": the statement failed when replayed on"
                        + " an empty node: " + serverMessage + System.lineSeparator() + "  Statement: " + statement.strip(),
                suggestion, cause);
        this.source = source;
        this.line = line;
        this.column = column;
        this.statement = statement;
        this.serverMessage = serverMessage;
    }

    /** The script or schema file, as shown to users. */
    public String source() {
        return source;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** The statement as sent, placeholders resolved. */
    public String statement() {
        return statement;
    }

    public String serverMessage() {
        return serverMessage;
    }
}
