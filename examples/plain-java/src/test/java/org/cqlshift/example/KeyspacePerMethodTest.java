package org.cqlshift.example;

import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.CqlSession;
import org.cqlshift.api.CqlShift;
import org.cqlshift.api.migration.ScriptInfo;
import org.cqlshift.api.migration.ScriptState;
import org.cqlshift.junit.CqlShiftTest;
import org.cqlshift.junit.CqlShiftTest.KeyspacePer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each method gets its own keyspace: what one writes, the other never sees. */
@CqlShiftTest(migrations = "classpath:db/cassandra", seeds = "seeds", keyspacePer = KeyspacePer.METHOD)
class KeyspacePerMethodTest {

    @BeforeEach
    void addAnEmployee(CqlSession session) {
        session.execute("INSERT INTO employee (emp_id, ename) VALUES (99, 'Temp')");
    }

    @Test
    void firstMethodSeesTheSeedsAndItsOwnRow(CqlSession session, CqlShift shift) {
        assertThat(session.execute("SELECT count(*) FROM employee").one().getLong(0)).isEqualTo(5);
        assertThat(shift.configuration().keyspace()).startsWith("test_keyspacepermethodtest_first").hasSizeLessThanOrEqualTo(48);
        assertThat(shift.info().scripts()).extracting(ScriptInfo::state).containsOnly(ScriptState.SUCCESS).hasSize(3);
    }

    @Test
    void secondMethodToo(CqlSession session) {
        session.execute("DELETE FROM employee WHERE emp_id = 1");

        assertThat(session.execute("SELECT count(*) FROM employee").one().getLong(0)).isEqualTo(4);
    }
}
