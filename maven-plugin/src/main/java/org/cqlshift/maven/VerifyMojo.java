package org.cqlshift.maven;

import org.apache.maven.plugins.annotations.Mojo;
import org.cqlshift.api.CqlShift;
import org.cqlshift.api.verify.VerifyException;
import org.cqlshift.api.verify.VerifyReport;

/**
 * A CRUD round trip on every table of the keyspace (insert a synthetic row with a fresh key, read it
 * back, update it, delete it); fails the build when a table does not pass. Real rows are never touched.
 */
@Mojo(name = "verify", requiresProject = false, threadSafe = true)
public class VerifyMojo extends VerifyParameters {

    @Override
    protected void run(CqlShift shift) {
        try {
            log(shift, shift.verify());
        } catch (VerifyException e) {
            e.report().ifPresent(report -> log(shift, report));
            throw e;
        }
    }

    private void log(CqlShift shift, VerifyReport report) {
        report.render(shift.configuration().format()).lines().forEach(getLog()::info);
    }
}
