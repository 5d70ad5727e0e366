package org.cqlshift.example;

import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.CqlSession;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.cqlshift.api.callback.Callback;
import org.cqlshift.api.callback.CallbackContext;
import org.cqlshift.api.callback.Event;
import org.cqlshift.junit.CqlShiftTest;
import org.junit.jupiter.api.Test;

/** The JUnit extension runs the Java callbacks its annotation names, at migrate's and seed's events. */
@CqlShiftTest(migrations = "migrations", seeds = "seeds", callbacks = CallbackExtensionTest.RecordEvents.class)
class CallbackExtensionTest {

    /** Records the events it sees; after migrate, writes a row the test then finds. */
    static final class RecordEvents implements Callback {

        static final List<Event> SEEN = new CopyOnWriteArrayList<>();

        @Override
        public boolean supports(Event event) {
            return event != Event.BEFORE_EACH_MIGRATE && event != Event.AFTER_EACH_MIGRATE;
        }

        @Override
        public void handle(Event event, CallbackContext context) {
            SEEN.add(event);
            if (event == Event.AFTER_MIGRATE) {
                context.session().execute("INSERT INTO " + context.keyspace() + ".employee (emp_id, ename, city)"
                        + " VALUES (900, 'callback', 'Porto')");
            }
        }
    }

    @Test
    void theCallbackRanAtEachEventInOrderAndItsWriteIsThere(CqlSession session) {
        assertThat(RecordEvents.SEEN).containsExactly(Event.BEFORE_MIGRATE, Event.AFTER_MIGRATE, Event.BEFORE_SEED,
                Event.AFTER_SEED);
        assertThat(session.execute("SELECT city FROM employee WHERE emp_id = 900").one().getString("city"))
                .isEqualTo("Porto");
    }
}
