package org.cqlshift.api.seed;

import org.cqlshift.api.CqlShiftException;
import org.cqlshift.api.Failure;

/**
 * A seed file cannot be loaded as written: malformed YAML, an unknown table or column, a value that does
 * not fit its column. Bad input, like a bad setting, exits with code 2. Nothing from the file was written.
 */
public class InvalidSeedException extends CqlShiftException {

    private final String file;
    private final int line;
    private final int column;

    public InvalidSeedException(String file, int line, int column, String problem, String suggestion, Throwable cause) {
        super(Failure.CONFIGURATION, "Seed file " + file + (line > 0 ? ", line " + line + ", column " + column : "")
                + ": " + problem + " Nothing from this file was written.", suggestion, cause);
        this.file = file;
        this.line = line;
        this.column = column;
    }

    /** The file, relative to the seeds directory. */
    public String file() {
        return file;
    }

    /** 1-based line of the offending value, or 0 when the problem is the whole file. */
    public int line() {
        return line;
    }

    /** 1-based column of the offending value, or 0 when the problem is the whole file. */
    public int column() {
        return column;
    }
}
