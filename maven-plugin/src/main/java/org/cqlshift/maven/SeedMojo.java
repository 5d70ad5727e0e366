package org.cqlshift.maven;

import org.apache.maven.plugins.annotations.Mojo;
import org.cqlshift.api.CqlShift;

/**
 * Loads the seed files (YAML, CSV, JSON; {@code ${project.basedir}/seeds} by default) into their tables, each file
 * all or nothing. Files in {@code seeds/<seedProfile>/} load too when a profile is given.
 */
@Mojo(name = "seed", requiresProject = false, threadSafe = true)
public class SeedMojo extends SeedParameters {

    @Override
    protected void run(CqlShift shift) {
        shift.seed();
    }
}
