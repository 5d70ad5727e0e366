package org.cqlshift.example.spring;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.cqlshift.api.migration.JavaMigration;
import org.cqlshift.api.migration.JavaMigrationContext;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Version 4, after the scripts 1 to 3: adds the administrator, whose id is derived from the e-mail address in Java,
 * so that running it again writes the same row (a Java migration must be idempotent).
 */
@Component
public class AddAdminUser implements JavaMigration {

    private final String email;

    public AddAdminUser(@Value("${employees.admin-email:admin@example.com}") String email) {
        this.email = email;
    }

    @Override
    public int version() {
        return 4;
    }

    @Override
    public String description() {
        return "add admin user";
    }

    @Override
    public void migrate(JavaMigrationContext context) {
        UUID id = UUID.nameUUIDFromBytes(email.getBytes(StandardCharsets.UTF_8));
        context.session().execute("INSERT INTO users (id, name, email) VALUES (?, ?, ?)", id, "Administrator", email);
    }
}
