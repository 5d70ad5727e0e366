package org.cqlshift.api.migration;

import org.cqlshift.api.CqlShiftException;
import org.cqlshift.api.Failure;

/**
 * A migration could not run or did not complete: a statement failed on the server, an applied script
 * was edited or removed, or the history or the lock is in a state that needs the user's decision.
 */
public class MigrationException extends CqlShiftException {

    public MigrationException(String message, String suggestion) {
        super(Failure.MIGRATION, message, suggestion, null);
    }

    public MigrationException(String message, String suggestion, Throwable cause) {
        super(Failure.MIGRATION, message, suggestion, cause);
    }
}
