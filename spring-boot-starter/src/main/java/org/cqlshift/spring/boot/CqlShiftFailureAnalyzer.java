package org.cqlshift.spring.boot;

import org.cqlshift.api.CqlShiftException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Startup failures of cqlshift are reported with the error's own message and what to do, not a stack trace. */
class CqlShiftFailureAnalyzer extends AbstractFailureAnalyzer<CqlShiftException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, CqlShiftException cause) {
        return new FailureAnalysis("cqlshift: " + cause.getMessage(),
                cause.suggestion().orElse("Fix the cause above and start the application again."), cause);
    }
}
