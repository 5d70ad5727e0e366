package org.cqlshift.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.cqlshift.api.migration.AppliedScript;
import org.cqlshift.api.migration.MigrationException;
import org.cqlshift.api.migration.MigrationResult;
import org.cqlshift.api.seed.SeedResult;
import org.cqlshift.api.seed.SeededFile;
import org.junit.jupiter.api.Test;

/** The meters of a run, from the core's results. */
class MicrometerRunMetricsTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final RunMetrics metrics = new MicrometerRunMetrics(registry);

    @Test
    void aSuccessfulRunCountsTheScriptsAndRowsAndTimesEachStep() {
        metrics.migrate("shop", () -> new MigrationResult(false, List.of(
                new AppliedScript(1, "1_create_keyspace.cql", 1, 1, Duration.ofMillis(5)),
                new AppliedScript(2, "2_create_orders.cql", 1, 2, Duration.ofMillis(7))), List.of(), OptionalInt.of(2)));
        metrics.seed("shop", () -> new SeedResult(List.of(new SeededFile("orders.yaml", SeededFile.Status.LOADED,
                Map.of("shop.orders", 40L), 0, Duration.ZERO, Duration.ofMillis(3))), Duration.ofMillis(9)));

        assertThat(registry.get("cqlshift.scripts.applied").tag("keyspace", "shop").counter().count()).isEqualTo(2);
        assertThat(registry.get("cqlshift.rows.seeded").tag("keyspace", "shop").counter().count()).isEqualTo(40);
        assertThat(registry.get("cqlshift.migrate").tags("keyspace", "shop", "outcome", "success").timer().count())
                .isEqualTo(1);
        assertThat(registry.get("cqlshift.seed").tags("keyspace", "shop", "outcome", "success").timer().count())
                .isEqualTo(1);
    }

    @Test
    void aFailedMigrateIsTimedAsAFailureAndCountsNothing() {
        assertThatThrownBy(() -> metrics.migrate("shop", () -> {
            throw new MigrationException("script 2 failed", null);
        })).hasMessage("script 2 failed");

        assertThat(registry.get("cqlshift.migrate").tags("keyspace", "shop", "outcome", "failure").timer().count())
                .isEqualTo(1);
        assertThat(registry.find("cqlshift.scripts.applied").counter()).isNull();
    }
}
