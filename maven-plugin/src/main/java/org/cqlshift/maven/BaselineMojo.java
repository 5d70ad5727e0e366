package org.cqlshift.maven;

import org.apache.maven.plugins.annotations.Mojo;
import org.cqlshift.api.CqlShift;

/**
 * Marks an existing schema as migrated up to a version:
 * {@code mvn cassandra:baseline -Dcassandra.baselineVersion=N}.
 */
@Mojo(name = "baseline", requiresProject = false, threadSafe = true)
public class BaselineMojo extends BaselineParameters {

    @Override
    protected void run(CqlShift shift) {
        shift.baseline();
    }
}
