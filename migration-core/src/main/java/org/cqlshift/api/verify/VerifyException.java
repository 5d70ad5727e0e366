package org.cqlshift.api.verify;

import org.cqlshift.api.CqlShiftException;
import org.cqlshift.api.Failure;

/** Verify found a table that does not round-trip, or nothing to verify. */
public class VerifyException extends CqlShiftException {

    public VerifyException(String message, String suggestion) {
        super(Failure.VERIFY, message, suggestion, null);
    }
}
