package org.cqlshift.maven;

import org.apache.maven.plugin.logging.Log;
import org.cqlshift.api.Reporter;

final class MavenLogReporter implements Reporter {

    private final Log log;

    MavenLogReporter(Log log) {
        this.log = log;
    }

    @Override
    public void info(String message) {
        log.info(message);
    }

    @Override
    public void warn(String message) {
        log.warn(message);
    }

    @Override
    public void debug(String message) {
        log.debug(message);
    }
}
