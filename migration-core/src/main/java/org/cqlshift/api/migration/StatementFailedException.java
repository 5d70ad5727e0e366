package org.cqlshift.api.migration;

/**
 * A statement of a migration script failed on the server. Besides the message, it carries where and what
 * failed, for callers that report or act on it: the script, the statement's position and text, and what
 * the server answered. The statements before it are recorded as done; migrate resumes at this one.
 */
public class StatementFailedException extends MigrationException {

    private final String script;
    private final String source;
    private final int version;
    private final int statementNumber;
    private final int statementCount;
    private final int line;
    private final int column;
    private final String statement;
    private final String serverMessage;

    /**
     * @param script          the script's file name, such as {@code 2_add_orders.cql}
     * @param source          the script's path or classpath resource, as shown to users
     * @param statementNumber the statement's 1-based position in the script
     * @param line            the 1-based line of the statement's first character
     * @param column          the 1-based column of the statement's first character
     * @param statement       the statement as it was sent, placeholders resolved
     * @param serverMessage   what the server (or the driver) answered
     */
    public StatementFailedException(String script, String source, int version, int statementNumber,
                                    int statementCount, int line, int column, String statement,
                                    String serverMessage, String suggestion, Throwable cause) {
        super("Migration " + script + " failed at statement " + statementNumber + " of " + statementCount
                + " (" + source + ", line " + line + ", column " + column + "): " + serverMessage
                + System.lineSeparator() + "  Statement: " + statement.strip(), suggestion, cause);
        this.script = script;
        this.source = source;
        this.version = version;
        this.statementNumber = statementNumber;
        this.statementCount = statementCount;
        this.line = line;
        this.column = column;
        this.statement = statement;
        this.serverMessage = serverMessage;
    }

    /** The script's file name, such as {@code 2_add_orders.cql}. */
    public String script() {
        return script;
    }

    /** The script's path or classpath resource, as shown to users. */
    public String source() {
        return source;
    }

    public int version() {
        return version;
    }

    /** The failed statement's 1-based position in the script. */
    public int statementNumber() {
        return statementNumber;
    }

    /** How many statements the script has. */
    public int statementCount() {
        return statementCount;
    }

    /** The 1-based line of the statement's first character. */
    public int line() {
        return line;
    }

    /** The 1-based column of the statement's first character. */
    public int column() {
        return column;
    }

    /** The statement as it was sent, placeholders resolved. */
    public String statement() {
        return statement;
    }

    /** What the server answered, e.g. {@code Unknown type ks.nonsense_type}. */
    public String serverMessage() {
        return serverMessage;
    }
}
