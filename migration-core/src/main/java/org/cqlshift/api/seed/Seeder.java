package org.cqlshift.api.seed;

import java.time.Duration;
import org.cqlshift.api.CassandraConnection;
import org.cqlshift.api.Reporter;
import org.cqlshift.internal.seed.PeriodicProgress;
import org.cqlshift.internal.seed.SeedEngine;

/**
 * Loads the YAML, CSV and JSON seed files of the configured seeds directory into their tables. Each file is loaded all
 * or nothing: it is read and checked completely before its first write.
 */
public final class Seeder {

    /** How often progress lines are reported when no listener is given. */
    public static final Duration PROGRESS_LINE_INTERVAL = Duration.ofSeconds(5);

    private final SeedEngine engine;

    private Seeder(SeedEngine engine) {
        this.engine = engine;
    }

    /** A seeder that reports progress as a plain line through the reporter every 5 seconds. */
    public static Seeder create(CassandraConnection connection, Reporter reporter) {
        return create(connection, reporter, new PeriodicProgress(reporter, PROGRESS_LINE_INTERVAL));
    }

    public static Seeder create(CassandraConnection connection, Reporter reporter, SeedListener listener) {
        return new Seeder(new SeedEngine(connection, reporter, listener));
    }

    /**
     * Loads the files that are new or changed since they were last loaded (all of them with
     * {@link SeedOptions#force()}).
     *
     * @throws InvalidSeedException when a file cannot be loaded as written (nothing of it is written)
     * @throws SeedException when Cassandra fails a write even after retries
     */
    public SeedResult seed(SeedOptions options) {
        return engine.seed(options);
    }
}
