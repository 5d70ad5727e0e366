package org.cqlshift.internal;

import org.cqlshift.api.Reporter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Info and warnings at their levels, under the logger {@code org.cqlshift}: the default for applications. */
public final class LoggingReporter implements Reporter {

    private static final Logger LOG = LoggerFactory.getLogger("org.cqlshift");

    @Override
    public void info(String message) {
        LOG.info(message);
    }

    @Override
    public void warn(String message) {
        LOG.warn(message);
    }

    @Override
    public void debug(String message) {
        LOG.debug(message);
    }
}
