package org.cqlshift.api.config;

import org.cqlshift.api.CqlShiftException;
import org.cqlshift.api.Failure;

/** A setting has no usable value, or an input location is unusable. */
public class ConfigurationException extends CqlShiftException {

    public ConfigurationException(String message, String suggestion) {
        super(Failure.CONFIGURATION, message, suggestion, null);
    }

    public ConfigurationException(String message, String suggestion, Throwable cause) {
        super(Failure.CONFIGURATION, message, suggestion, cause);
    }
}
