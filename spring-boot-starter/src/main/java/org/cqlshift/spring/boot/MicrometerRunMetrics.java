package org.cqlshift.spring.boot;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import org.cqlshift.api.migration.MigrationResult;
import org.cqlshift.api.seed.SeedResult;

/**
 * The startup run as Micrometer meters: timers {@value #MIGRATE} and {@value #SEED}, tagged with the keyspace and
 * the outcome ({@code success} or {@code failure}), and counters {@value #SCRIPTS_APPLIED} and {@value #ROWS_SEEDED},
 * tagged with the keyspace.
 */
final class MicrometerRunMetrics implements RunMetrics {

    static final String MIGRATE = "cqlshift.migrate";
    static final String SEED = "cqlshift.seed";
    static final String SCRIPTS_APPLIED = "cqlshift.scripts.applied";
    static final String ROWS_SEEDED = "cqlshift.rows.seeded";
    static final String KEYSPACE_TAG = "keyspace";
    static final String OUTCOME_TAG = "outcome";

    private final MeterRegistry registry;

    MicrometerRunMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public MigrationResult migrate(String keyspace, Supplier<MigrationResult> migrate) {
        return measured(MIGRATE, "Time taken by migrate", SCRIPTS_APPLIED, "Scripts migrate applied",
                result -> result.applied().size() + result.repeatables().size(), keyspace, migrate);
    }

    @Override
    public SeedResult seed(String keyspace, Supplier<SeedResult> seed) {
        return measured(SEED, "Time taken by seed", ROWS_SEEDED, "Rows seed wrote", SeedResult::rows, keyspace,
                seed);
    }

    private <T> T measured(String timer, String timerDescription, String counter, String counterDescription,
                           ToLongFunction<T> count, String keyspace, Supplier<T> operation) {
        Timer.Sample sample = Timer.start(registry);
        String outcome = "failure";
        try {
            T result = operation.get();
            outcome = "success";
            Counter.builder(counter).description(counterDescription).tag(KEYSPACE_TAG, keyspace).register(registry)
                    .increment(count.applyAsLong(result));
            return result;
        } finally {
            sample.stop(Timer.builder(timer).description(timerDescription).tag(KEYSPACE_TAG, keyspace)
                    .tag(OUTCOME_TAG, outcome).register(registry));
        }
    }
}
