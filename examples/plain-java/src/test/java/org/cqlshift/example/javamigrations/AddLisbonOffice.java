package org.cqlshift.example.javamigrations;

import org.cqlshift.api.migration.JavaMigration;
import org.cqlshift.api.migration.JavaMigrationContext;

/** Version 4, after the three sample scripts: writes one employee, the same row however often it runs. */
public class AddLisbonOffice implements JavaMigration {

    @Override
    public int version() {
        return 4;
    }

    @Override
    public void migrate(JavaMigrationContext context) {
        context.session().execute("INSERT INTO employee (emp_id, ename, sal, city) VALUES (100, 'Office', 0, 'Lisbon')");
    }
}
