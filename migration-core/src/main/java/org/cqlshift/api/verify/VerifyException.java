package org.cqlshift.api.verify;

import java.util.Optional;
import org.cqlshift.api.CqlShiftException;
import org.cqlshift.api.Failure;

/** Verify found a table that does not round-trip, or nothing to verify. */
public class VerifyException extends CqlShiftException {

    private final transient VerifyReport report;

    public VerifyException(String message, String suggestion) {
        this(message, suggestion, (VerifyReport) null);
    }

    public VerifyException(String message, String suggestion, VerifyReport report) {
        super(Failure.VERIFY, message, suggestion, null);
        this.report = report;
    }

    /** Verify stopped on an error of the cluster, before it could judge the tables. */
    public VerifyException(String message, String suggestion, Throwable cause) {
        super(Failure.VERIFY, message, suggestion, cause);
        this.report = null;
    }

    /** The report of the tables verified, when some were. */
    public Optional<VerifyReport> report() {
        return Optional.ofNullable(report);
    }
}
