package org.cqlshift.maven;

import org.apache.maven.plugins.annotations.Mojo;
import org.cqlshift.api.CqlShift;

/**
 * After a hand fix, recording why ({@code mvn cassandra:repair -Dcassandra.repairReason=...}): accepts edited
 * scripts, and clears failures so that migrate resumes after the statements recorded as done; with
 * {@code -Dcassandra.markApplied} records failed scripts as applied instead.
 */
@Mojo(name = "repair", requiresProject = false, threadSafe = true)
public class RepairMojo extends RepairParameters {

    @Override
    protected void run(CqlShift shift) {
        shift.repair();
    }
}
