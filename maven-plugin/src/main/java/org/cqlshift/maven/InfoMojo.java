package org.cqlshift.maven;

import org.apache.maven.plugins.annotations.Mojo;
import org.cqlshift.api.CqlShift;

/** Shows each script's state: {@code mvn cassandra:info}, or {@code -Dcassandra.format=json}. */
@Mojo(name = "info", requiresProject = false, threadSafe = true)
public class InfoMojo extends InfoParameters {

    @Override
    protected void run(CqlShift shift) {
        shift.info().render(shift.configuration().format()).lines().forEach(getLog()::info);
    }
}
