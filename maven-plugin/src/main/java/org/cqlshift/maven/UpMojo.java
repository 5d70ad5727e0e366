package org.cqlshift.maven;

import org.apache.maven.plugins.annotations.Mojo;
import org.cqlshift.api.CqlShift;

/**
 * Migrates, then seeds, then verifies, on one connection: {@code mvn cassandra:up}, as the runner's
 * {@code up}. Stops at the first step that fails, and fails the build naming that step's failure.
 */
@Mojo(name = "up", requiresProject = false, threadSafe = true)
public class UpMojo extends UpParameters {

    @Override
    protected void run(CqlShift shift) {
        shift.up();
    }
}
