package org.cqlshift.example;

import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.CqlSession;
import org.cqlshift.example.javamigrations.AddLisbonOffice;
import org.cqlshift.junit.CqlShiftTest;
import org.junit.jupiter.api.Test;

/** The JUnit extension runs the Java migrations of the packages it is given, after the scripts before them. */
@CqlShiftTest(migrations = "migrations", javaMigrations = "org.cqlshift.example.javamigrations")
class JavaMigrationExtensionTest {

    @Test
    void theJavaMigrationRanAndIsRecordedAsVersion4(CqlSession session) {
        assertThat(session.execute("SELECT city FROM employee WHERE emp_id = 100").one().getString("city"))
                .isEqualTo("Lisbon");
        assertThat(session.execute("SELECT script_name FROM schema_migration WHERE applied_successful = true"
                + " AND version = 4").one().getString(0)).isEqualTo(AddLisbonOffice.class.getName());
    }
}
