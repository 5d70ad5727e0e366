package org.cqlshift.example.spring;

import com.datastax.oss.driver.api.core.CqlSession;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Reads the seeded employee table while the application starts, as a cache warm-up would. */
@Component
public class FirstEmployee {

    private final String name;

    public FirstEmployee(CqlSession session, @Value("${cqlshift.keyspace}") String keyspace) {
        this.name = session.execute("SELECT ename FROM " + keyspace + ".employee WHERE emp_id = 1").one()
                .getString("ename");
    }

    public String name() {
        return name;
    }
}
