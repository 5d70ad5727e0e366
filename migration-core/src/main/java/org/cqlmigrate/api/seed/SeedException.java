package org.cqlmigrate.api.seed;

import org.cqlmigrate.api.CqlMigrateException;
import org.cqlmigrate.api.Failure;

/** Cassandra refused or failed a seed write even after retries (exit code 5). */
public class SeedException extends CqlMigrateException {

    public SeedException(String message, String suggestion, Throwable cause) {
        super(Failure.SEED, message, suggestion, cause);
    }
}
