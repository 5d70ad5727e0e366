package org.cqlshift.spring.boot;

import com.datastax.oss.driver.api.core.CqlSession;
import java.util.Objects;
import java.util.function.Consumer;
import org.cqlshift.api.CqlShift;

/**
 * Migrates, then seeds if asked, once per application context: on the application's session when the
 * session is created, or on a session of its own when cqlshift has contact points.
 */
public class CqlShiftMigration {

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
        CqlShift shift = configure(session).load();
        shift.migrate();
        if (properties.isSeed()) {
            shift.seed();
        }
        done = true;
    }

    private CqlShift.Builder configure(CqlSession session) {
        CqlShift.Builder builder = CqlShift.configure()
                .classLoader(classLoader)
                .migrations(properties.getMigrations())
                .placeholders(properties.getPlaceholders())
                .placeholderReplacement(properties.isPlaceholderReplacement())
                .validateOnMigrate(properties.isValidateOnMigrate());
        if (session != null) {
            builder.session(session);
        } else {
            builder.contactPoints(properties.getContactPoints().toArray(String[]::new));
            ifSet(properties.getLocalDatacenter(), builder::localDatacenter);
            if (properties.getUsername() != null || properties.getPassword() != null) {
                // Blank halves are left to the check that names the missing one.
                builder.credentials(Objects.toString(properties.getUsername(), ""),
                        Objects.toString(properties.getPassword(), ""));
            }
            if (properties.getWaitTimeout() != null) {
                builder.waitTimeout(properties.getWaitTimeout());
            }
        }
        ifSet(properties.getKeyspace(), builder::keyspace);
        ifSet(properties.getReplication(), builder::replication);
        ifSet(properties.getSeeds(), builder::seeds);
        ifSet(properties.getSeedProfile(), builder::seedProfile);
        return builder;
    }

    private static void ifSet(String value, Consumer<String> setter) {
        if (value != null && !value.isBlank()) {
            setter.accept(value);
        }
    }
}
