package org.cqlshift.api.seed;

import org.cqlshift.api.CqlShiftException;
import org.cqlshift.api.Failure;

/** Cassandra refused or failed a seed write even after retries (exit code 5). */
public class SeedException extends CqlShiftException {

    public SeedException(String message, String suggestion, Throwable cause) {
        super(Failure.SEED, message, suggestion, cause);
    }
}
