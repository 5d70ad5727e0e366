package org.cqlshift.api.export;

import org.cqlshift.api.CqlShiftException;
import org.cqlshift.api.Failure;

/**
 * Reading the table or writing the file failed part-way; no file was left behind. Exits with the seed
 * code, 5, as exporting is the other direction of seeding.
 */
public class ExportException extends CqlShiftException {

    public ExportException(String message, String suggestion, Throwable cause) {
        super(Failure.SEED, message, suggestion, cause);
    }
}
