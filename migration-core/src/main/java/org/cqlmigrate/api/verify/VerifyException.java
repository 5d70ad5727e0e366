package org.cqlmigrate.api.verify;

import org.cqlmigrate.api.CqlMigrateException;
import org.cqlmigrate.api.Failure;

/** Verify found a table that does not round-trip, or nothing to verify. */
public class VerifyException extends CqlMigrateException {

    public VerifyException(String message, String suggestion) {
        super(Failure.VERIFY, message, suggestion, null);
    }
}
