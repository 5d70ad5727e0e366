package org.cqlshift.api;

import org.cqlshift.api.CqlShiftException;
import org.cqlshift.api.Failure;

/** The work ended early at a safe point because the process is being stopped. */
public final class StoppedException extends CqlShiftException {

    StoppedException(Failure failure, String message) {
        super(failure, message, "Run the command again; what was completed is recorded and is skipped.", null);
    }
}
