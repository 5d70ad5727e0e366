package org.cqlshift.example;

import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.Row;
import org.cqlshift.junit.CqlShiftTest;
import org.junit.jupiter.api.Test;

// The example of docs/testing.md, as DocumentationTest checks.
// tag::example[]
@CqlShiftTest(migrations = "migrations", seeds = "seeds")
class EmployeeTableTest {

    @Test
    void seededEmployeesAreThere(CqlSession session) {
        Row employee = session.execute("SELECT ename, city FROM employee WHERE emp_id = 1").one();

        assertThat(employee.getString("ename")).isEqualTo("LyubovK");
        assertThat(employee.getString("city")).isEqualTo("Dubai");
    }

    @Test
    void anEmployeeCanBeAdded(CqlSession session) {
        session.execute("INSERT INTO employee (emp_id, ename, sal, city) VALUES (5, 'AnaP', 3100, 'Lisbon')");

        assertThat(session.execute("SELECT city FROM employee WHERE emp_id = 5").one().getString("city"))
                .isEqualTo("Lisbon");
    }
}
// end::example[]
