package org.cqlshift.internal.seed;

import org.cqlshift.api.seed.InvalidSeedException;

/** A problem found while reading a file, before the file's name is attached. */
final class SeedInputProblem extends RuntimeException {

    private final int line;
    private final int column;
    private final String suggestion;

    SeedInputProblem(int line, int column, String problem, String suggestion, Throwable cause) {
        super(problem, cause, false, false);
        this.line = line;
        this.column = column;
        this.suggestion = suggestion;
    }

    InvalidSeedException inFile(String file) {
        return new InvalidSeedException(file, line, column, getMessage(), suggestion, getCause());
    }
}
