package org.cqlshift.maven;

import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.cqlshift.api.CassandraConnection;
import org.cqlshift.api.Reporter;
import org.cqlshift.api.seed.SeedMode;
import org.cqlshift.api.seed.SeedOptions;
import org.cqlshift.api.seed.Seeder;

/**
 * Loads the YAML, CSV and JSON seed files ({@code ${project.basedir}/seeds} by default) into their tables, each file all
 * or nothing. Files in {@code seeds/<seedProfile>/} load too when a profile is given.
 */
@Mojo(name = "seed", requiresProject = false, threadSafe = true)
public class SeedMojo extends AbstractCassandraMojo {

    /** {@code upsert}, {@code insert-if-absent} or {@code truncate}. */
    @Parameter(property = "cassandra.seedMode", defaultValue = "upsert")
    String mode;

    /** Load every file, even those unchanged since their last load. */
    @Parameter(property = "cassandra.seedForce", defaultValue = "false")
    boolean force;

    @Override
    protected void run(CassandraConnection connection, Reporter reporter) throws MojoFailureException {
        SeedMode seedMode;
        try {
            seedMode = SeedMode.parse(mode);
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("Invalid cassandra.seedMode: " + e.getMessage() + ".");
        }
        Seeder.create(connection, reporter).seed(SeedOptions.builder().mode(seedMode).force(force).build());
    }
}
