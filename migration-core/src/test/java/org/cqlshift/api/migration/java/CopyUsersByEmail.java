package org.cqlshift.api.migration.java;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import com.datastax.oss.driver.api.core.cql.Row;
import org.cqlshift.api.migration.JavaMigration;
import org.cqlshift.api.migration.JavaMigrationContext;

/** Found by the package scan: fills a lookup table from the users, with table names the keyspace resolves. */
public class CopyUsersByEmail implements JavaMigration {

    @Override
    public int version() {
        return 2;
    }

    @Override
    public String description() {
        return "copy users by email";
    }

    @Override
    public void migrate(JavaMigrationContext context) {
        CqlSession session = context.session();
        PreparedStatement insert = session.prepare("INSERT INTO users_by_email (email, id) VALUES (?, ?)");
        for (Row user : session.execute("SELECT id, email FROM users")) {
            session.execute(insert.bind(user.getString("email"), user.getInt("id")));
        }
        context.reporter().info("Copied the users of " + context.keyspace() + " by email.");
    }
}
