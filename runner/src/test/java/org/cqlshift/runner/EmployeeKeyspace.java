package org.cqlshift.runner;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import com.datastax.oss.driver.api.core.config.DriverConfigLoader;
import java.time.Duration;
import org.cqlshift.embedded.EmbeddedCassandra;

/** A fresh keyspace holding the sample employee table, for command tests that load into it or read from it. */
final class EmployeeKeyspace {

    private EmployeeKeyspace() {
    }

    /** A session to the node (with a request timeout for a busy machine), the keyspace created anew. */
    static CqlSession create(EmbeddedCassandra node, String keyspace) {
        CqlSession session = CqlSession.builder().addContactPoint(node.contactPoint())
                .withLocalDatacenter(node.localDatacenter())
                .withConfigLoader(DriverConfigLoader.programmaticBuilder()
                        .withDuration(DefaultDriverOption.REQUEST_TIMEOUT, Duration.ofSeconds(60)).build())
                .build();
        session.execute("DROP KEYSPACE IF EXISTS " + keyspace);
        session.execute("CREATE KEYSPACE " + keyspace
                + " WITH replication = {'class': 'SimpleStrategy', 'replication_factor': 1}");
        session.execute("CREATE TABLE " + keyspace + ".employee"
                + " (emp_id int PRIMARY KEY, ename varchar, sal double, city varchar)");
        return session;
    }
}
