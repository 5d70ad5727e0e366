package org.cqlshift.it.migrations;

import java.util.UUID;
import org.cqlshift.api.migration.JavaMigration;
import org.cqlshift.api.migration.JavaMigrationContext;

/** Version 3, between the baseline script and 4_create_employee.cql: idempotent, as a Java migration must be. */
public class AddAdminUser implements JavaMigration {

    private static final UUID ADMIN = UUID.fromString("00000000-0000-0000-0000-000000000001");

    @Override
    public int version() {
        return 3;
    }

    @Override
    public void migrate(JavaMigrationContext context) {
        context.session().execute("INSERT INTO users (id, name, email) VALUES (?, 'admin', 'admin@example.com')", ADMIN);
    }
}
