package org.cqlshift.maven;

import org.apache.maven.plugins.annotations.Mojo;
import org.cqlshift.api.CqlShift;

/**
 * Fails the build, naming each, when applied scripts were edited or removed: {@code mvn cassandra:validate}.
 */
@Mojo(name = "validate", requiresProject = false, threadSafe = true)
public class ValidateMojo extends ValidateParameters {

    @Override
    protected void run(CqlShift shift) {
        shift.validate();
    }
}
