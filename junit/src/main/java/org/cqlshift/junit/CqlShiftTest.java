package org.cqlshift.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.cqlshift.api.callback.Callback;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test class against a real Cassandra node: a fresh keyspace, migrated from {@link #migrations()} and
 * seeded from {@link #seeds()}, and a {@code CqlSession} in that keyspace for any test, {@code @BeforeEach}
 * or {@code @BeforeAll} method that declares one. The scripts write {@code ${keyspace}} for the keyspace's
 * name, as the sample migrations do.
 *
 * <p>One node serves the whole test run: an embedded node, or with {@code -Dcqlshift.test.node=testcontainers}
 * a container of Testcontainers' Cassandra image (tests are skipped where no Docker engine is available).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(CqlShiftExtension.class)
public @interface CqlShiftTest {

    /** A directory relative to the working directory (the module's, under Maven), or {@code classpath:<folder>}. */
    String migrations() default "migrations";

    /** The directory of seed files (YAML, CSV, JSON); empty (the default) loads none. */
    String seeds() default "";

    /** A folder under the seeds directory whose files load after the shared ones; empty means none. */
    String seedProfile() default "";

    /** Placeholders for the scripts, each {@code name=value}. */
    String[] placeholders() default {};

    /**
     * Packages (their sub-packages included) whose {@code JavaMigration} classes run with the scripts, in version
     * order; empty (the default) runs none.
     */
    String[] javaMigrations() default {};

    /**
     * Java callbacks that run at migrate's and seed's events, in this order, after the callback scripts of the
     * migrations folder; each needs a no-argument constructor. None by default.
     */
    Class<? extends Callback>[] callbacks() default {};

    /** Whether each test class or each test method gets a keyspace of its own. */
    KeyspacePer keyspacePer() default KeyspacePer.CLASS;

    enum KeyspacePer {
        CLASS,
        METHOD
    }
}
