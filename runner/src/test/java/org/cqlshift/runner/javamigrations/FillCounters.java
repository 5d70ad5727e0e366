package org.cqlshift.runner.javamigrations;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import java.util.concurrent.locks.LockSupport;
import org.cqlshift.api.migration.JavaMigration;
import org.cqlshift.api.migration.JavaMigrationContext;

/**
 * Writes {@link #ROWS} rows one by one, each the same on every run, so running it again is harmless. With
 * {@link #PAUSE_AFTER} in the environment it stops after that many rows and waits to be killed.
 */
public class FillCounters implements JavaMigration {

    public static final int ROWS = 200;
    public static final String PAUSE_AFTER = "FILL_COUNTERS_PAUSE_AFTER";

    @Override
    public int version() {
        return 2;
    }

    @Override
    public String description() {
        return "fill counters";
    }

    @Override
    public void migrate(JavaMigrationContext context) {
        String pause = System.getenv(PAUSE_AFTER);
        int pauseAfter = pause == null ? Integer.MAX_VALUE : Integer.parseInt(pause);
        CqlSession session = context.session();
        PreparedStatement insert = session.prepare("INSERT INTO filled (id, square) VALUES (?, ?)");
        for (int id = 1; id <= ROWS; id++) {
            if (id > pauseAfter) {
                while (true) {
                    LockSupport.park(); // until the process is killed
                }
            }
            session.execute(insert.bind(id, (long) id * id));
        }
    }
}
