package org.cqlshift.spring.boot;

import com.datastax.oss.driver.api.core.CqlSession;
import org.cqlshift.api.CqlShift;
import org.cqlshift.api.CqlShiftBuilder;
import org.cqlshift.api.config.Setting;

/**
 * Migrates, then seeds if asked, once per application context: on the application's session when the
 * session is created, or on a session of its own when cqlshift has contact points.
 */
public class CqlShiftMigration {

    /** Where the starter looks for scripts unless told otherwise, as Spring Boot's Flyway support does. */
    static final String DEFAULT_MIGRATIONS = "classpath:db/cassandra";

    private final CqlShiftProperties properties;
    private final ClassLoader classLoader;
    private boolean done;

    public CqlShiftMigration(CqlShiftProperties properties, ClassLoader classLoader) {
        this.properties = properties;
        this.classLoader = classLoader;
    }

    /** Whether cqlshift opens a session of its own rather than using the application's. */
    public boolean usesOwnSession() {
        return !properties.getContactPoints().isEmpty();
    }

    /**
     * Runs unless it already ran.
     *
     * @param session the application's session, or null with contact points of cqlshift's own
     * @throws org.cqlshift.api.CqlShiftException when migrating or seeding fails
     */
    public synchronized void run(CqlSession session) {
        if (done) {
            return;
        }
        CqlShiftBuilder builder = properties.applyTo(CqlShift.configure())
                .classLoader(classLoader)
                .defaultValue(Setting.MIGRATIONS, DEFAULT_MIGRATIONS);
        if (session != null) {
            builder.session(session);
        }
        CqlShift shift = builder.load();
        shift.migrate();
        if (shift.configuration().seedOnStartup()) {
            shift.seed();
        }
        done = true;
    }
}
