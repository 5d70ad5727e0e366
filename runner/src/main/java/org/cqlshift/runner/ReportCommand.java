package org.cqlshift.runner;

import java.util.Optional;
import org.cqlshift.api.CqlShift;
import org.cqlshift.api.CqlShiftException;
import org.cqlshift.api.config.Configuration;

/**
 * A command whose operation ends in a report, printed whether the operation passes or fails: with
 * {@code --format json} as a JSON document on standard output, which then carries nothing else, otherwise as
 * text among the progress.
 *
 * @param <R> the report
 */
abstract class ReportCommand<R> extends ConnectedCommand {

    @Override
    protected final boolean writesDocumentToStandardOutput(Configuration configuration) {
        return json(configuration);
    }

    @Override
    protected final void run(CqlShift shift) {
        R report;
        try {
            report = report(shift);
        } catch (CqlShiftException failure) {
            reportOf(failure).ifPresent(failed -> print(shift, failed));
            throw failure;
        }
        print(shift, report);
    }

    /** Runs the operation. */
    protected abstract R report(CqlShift shift);

    /** The report a failure of the operation carries, if it carries one. */
    protected abstract Optional<R> reportOf(CqlShiftException failure);

    protected abstract String toJson(R report);

    protected abstract String toText(R report);

    private void print(CqlShift shift, R report) {
        if (json(shift.configuration())) {
            String document = toJson(report);
            root.out().print(document.endsWith("\n") ? document : document + System.lineSeparator());
            root.out().flush();
        } else {
            reporter().info(toText(report).stripTrailing());
        }
    }
}
