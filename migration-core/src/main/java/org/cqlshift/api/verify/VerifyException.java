package org.cqlshift.api.verify;

import java.util.Optional;
import org.cqlshift.api.CqlShiftException;
import org.cqlshift.api.Failure;

/** Verify found a table that does not round-trip, or nothing to verify. */
public class VerifyException extends CqlShiftException {

    private final transient VerifyReport report;

    public VerifyException(String message, String suggestion) {
        this(message, suggestion, null);
    }

    public VerifyException(String message, String suggestion, VerifyReport report) {
        super(Failure.VERIFY, message, suggestion, null);
        this.report = report;
    }

    /** The report of the tables verified, when some were. */
    public Optional<VerifyReport> report() {
        return Optional.ofNullable(report);
    }
}
