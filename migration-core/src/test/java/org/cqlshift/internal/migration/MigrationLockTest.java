package org.cqlshift.internal.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import com.datastax.oss.driver.api.core.config.DriverConfigLoader;
import com.datastax.oss.driver.api.core.cql.Row;
import java.time.Duration;
import org.cqlshift.api.Reporter;
import org.cqlshift.api.migration.MigrationException;
import org.cqlshift.embedded.EmbeddedCassandra;
import org.cqlshift.embedded.junit.CassandraExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The lock outlives its TTL while its holder runs: what keeps a 10-minute script from losing it. */
@ExtendWith(CassandraExtension.class)
class MigrationLockTest {

    /** Renewals every 0.5 s keep a 6 s TTL even when a busy node takes seconds to answer one of them. */
    private static final MigrationLock.Timing SHORT =
            new MigrationLock.Timing(Duration.ofSeconds(6), Duration.ofMillis(500));
    private static final String KEYSPACE = "lock_" + ProcessHandle.current().pid();
    private static final String TABLE = KEYSPACE + ".schema_migration_leader";

    private static CqlSession session;

    @BeforeAll
    static void createLeaderTable(EmbeddedCassandra node) {
        // DDL and lightweight transactions on a busy two-core machine can take longer than the driver's default 2 s.
        session = CqlSession.builder().addContactPoint(node.contactPoint())
                .withLocalDatacenter(node.localDatacenter())
                .withConfigLoader(DriverConfigLoader.programmaticBuilder()
                        .withDuration(DefaultDriverOption.REQUEST_TIMEOUT, Duration.ofSeconds(60)).build())
                .build();
        session.execute("CREATE KEYSPACE " + KEYSPACE
                + " WITH replication = {'class': 'SimpleStrategy', 'replication_factor': 1}");
        session.execute("CREATE TABLE " + TABLE + " (keyspace_name text, leader uuid, took_lead_at timestamp,"
                + " leader_hostname text, " + MigrationLock.DATACENTER + " text, PRIMARY KEY (keyspace_name))");
    }

    @AfterAll
    static void disconnect() {
        if (session != null) {
            session.close();
        }
    }

    @Test
    void aRenewalIntervalNotShorterThanTheTtlIsRefusedNamingBothSettings() {
        org.cqlshift.api.config.Configuration configuration = org.cqlshift.api.CqlShift.configure()
                .lockTtl(Duration.ofSeconds(10)).lockRenewalInterval(Duration.ofSeconds(10)).load().configuration();

        assertThatThrownBy(() -> MigrationLock.Timing.of(configuration))
                .isInstanceOf(org.cqlshift.api.config.ConfigurationException.class)
                .hasMessageContaining("lock renewal interval (10 s) must be shorter than the lock TTL (10 s)")
                .satisfies(e -> assertThat(((org.cqlshift.api.config.ConfigurationException) e).suggestion()).get()
                        .asString().contains("--lock-renewal-interval").contains("--lock-ttl"));
        assertThat(MigrationLock.Timing.of(org.cqlshift.api.CqlShift.configure().load().configuration()))
                .isEqualTo(new MigrationLock.Timing(Duration.ofSeconds(30), Duration.ofSeconds(10)));
    }

    @Test
    void aHolderKeepsTheLockLongerThanItsTtlAndReleasesItWhenDone() {
        try (MigrationLock lock = acquire("first-runner", Duration.ofSeconds(5))) {
            // The row must be there at every look for more than two TTLs: only renewals can keep it that long.
            Duration twoTtls = SHORT.ttl().multipliedBy(2).plusSeconds(1);
            await("the lock row kept by its holder").during(twoTtls).atMost(twoTtls.plusMinutes(2))
                    .pollInterval(Duration.ofMillis(250))
                    .failFast("the lock row went away", () -> !heldBy("first-runner"))
                    .until(() -> heldBy("first-runner"));

            lock.requireHeld();
            assertThatThrownBy(() -> acquire("second-runner", Duration.ofSeconds(1)))
                    .isInstanceOf(MigrationException.class)
                    .hasMessageContaining("waiting for the migration lock held by first-runner");
        }

        assertThat(leaderRow()).isNull();
    }

    private static MigrationLock acquire(String holder, Duration maxWait) {
        return MigrationLock.acquire(session, KEYSPACE, TABLE, new MigrationLock.Taker(holder, "datacenter1", false),
                SHORT, maxWait, false, Reporter.SILENT);
    }

    private static boolean heldBy(String holder) {
        Row row = leaderRow();
        return row != null && holder.equals(row.getString("leader_hostname"));
    }

    private static Row leaderRow() {
        return session.execute("SELECT leader, leader_hostname FROM " + TABLE + " WHERE keyspace_name = ?", KEYSPACE)
                .one();
    }
}
