package org.cqlmigrate.api.config;

import org.cqlmigrate.api.CqlMigrateException;
import org.cqlmigrate.api.Failure;

/** A setting has no usable value, or an input location is unusable. */
public class ConfigurationException extends CqlMigrateException {

    public ConfigurationException(String message, String suggestion) {
        super(Failure.CONFIGURATION, message, suggestion, null);
    }

    public ConfigurationException(String message, String suggestion, Throwable cause) {
        super(Failure.CONFIGURATION, message, suggestion, cause);
    }
}
