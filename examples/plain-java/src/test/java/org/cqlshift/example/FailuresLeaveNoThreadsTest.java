package org.cqlshift.example;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import com.datastax.oss.driver.api.core.CqlSession;
import org.cqlshift.api.CassandraUnavailableException;
import org.cqlshift.api.CqlShift;
import org.cqlshift.api.migration.MigrationException;
import org.cqlshift.api.seed.InvalidSeedException;
import org.cqlshift.embedded.EmbeddedCassandra;
import org.cqlshift.embedded.junit.CassandraExtension;
import org.cqlshift.junit.CqlShiftTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.EventConditions;
import org.junit.platform.testkit.engine.TestExecutionResultConditions;

/** After a failure through the Java API or the JUnit extension, no thread of a session they opened is left. */
@ExtendWith(CassandraExtension.class)
class FailuresLeaveNoThreadsTest {

    private static final String BROKEN_SEEDS = "examples/plain-java/src/test/resources/broken-seeds";

    private static String contactPoints;

    @BeforeAll
    static void node(EmbeddedCassandra node) {
        contactPoints = node.contactPointText();
    }

    @Test
    void aFailedMigrateThroughTheJavaApi() throws InterruptedException {
        DriverThreads threads = new DriverThreads();
        CqlShift shift = CqlShift.configure().contactPoints(contactPoints).keyspace("threads_broken_script")
                .migrations("classpath:broken").load();

        assertThatThrownBy(shift::migrate).isInstanceOf(MigrationException.class)
                .hasMessageContaining("1_create_orders.cql");
        threads.assertNoneLeft();
    }

    @Test
    void aFailedSeedThroughTheJavaApi() throws InterruptedException {
        DriverThreads threads = new DriverThreads();
        CqlShift shift = CqlShift.configure().contactPoints(contactPoints).keyspace("threads_broken_seed")
                .migrations("classpath:db/cassandra").seeds(BROKEN_SEEDS).load();
        shift.migrate();

        assertThatThrownBy(shift::seed).isInstanceOf(InvalidSeedException.class).hasMessageContaining("employee.yaml");
        threads.assertNoneLeft();
    }

    @Test
    void anUnreachableNodeThroughTheJavaApi() throws InterruptedException {
        DriverThreads threads = new DriverThreads();
        CqlShift shift = CqlShift.configure().contactPoints("127.0.0.1:1").keyspace("threads_unreachable").load();

        assertThatThrownBy(shift::migrate).isInstanceOf(CassandraUnavailableException.class);
        threads.assertNoneLeft();
    }

    @Test
    void failedTestClassesOfTheExtension() throws InterruptedException {
        DriverThreads threads = new DriverThreads();

        EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(BrokenScript.class), selectClass(BrokenSeed.class))
                .execute()
                .containerEvents()
                .assertThatEvents()
                .haveExactly(1, EventConditions.finishedWithFailure(
                        TestExecutionResultConditions.instanceOf(MigrationException.class)))
                .haveExactly(1, EventConditions.finishedWithFailure(
                        TestExecutionResultConditions.instanceOf(InvalidSeedException.class)));
        threads.assertNoneLeft();
    }

    /** Run only from {@link #failedTestClassesOfTheExtension()}: its script fails. */
    @CqlShiftTest(migrations = "classpath:broken")
    static class BrokenScript {
        @Test
        void neverRuns(CqlSession session) {
            assertThat(session).isNull();
        }
    }

    /** Run only from {@link #failedTestClassesOfTheExtension()}: its seed file is refused. */
    @CqlShiftTest(migrations = "classpath:db/cassandra", seeds = BROKEN_SEEDS)
    static class BrokenSeed {
        @Test
        void neverRuns(CqlSession session) {
            assertThat(session).isNull();
        }
    }
}
