package org.cqlshift.spring.boot;

import java.util.function.Supplier;
import org.cqlshift.api.migration.MigrationResult;
import org.cqlshift.api.seed.SeedResult;

/**
 * Measures the startup run's migrate and seed from their results; with Micrometer and a {@code MeterRegistry} bean,
 * {@link CqlShiftMetricsAutoConfiguration} records them as meters.
 */
public interface RunMetrics {

    /** Measures nothing. */
    RunMetrics NONE = new RunMetrics() {
        @Override
        public MigrationResult migrate(String keyspace, Supplier<MigrationResult> migrate) {
            return migrate.get();
        }

        @Override
        public SeedResult seed(String keyspace, Supplier<SeedResult> seed) {
            return seed.get();
        }
    };

    /** Runs migrate, and records its outcome, duration and the scripts it applied. */
    MigrationResult migrate(String keyspace, Supplier<MigrationResult> migrate);

    /** Runs seed, and records its outcome, duration and the rows it wrote. */
    SeedResult seed(String keyspace, Supplier<SeedResult> seed);
}
