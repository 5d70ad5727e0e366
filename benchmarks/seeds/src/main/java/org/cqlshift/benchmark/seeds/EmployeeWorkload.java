package org.cqlshift.benchmark.seeds;

import com.datastax.oss.driver.api.core.CqlSession;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

/** Employee-shaped rows (int key, text, double, text): every row is its own partition. */
final class EmployeeWorkload implements Workload {

    static final String NAME = "employee";

    private static final String[] NAMES = {"LyubovK", "JiriK", "IvanH", "YuliaT", "AnaP", "OmarS", "MeiL", "TomasB"};
    private static final String[] CITIES = {"Dubai", "Toronto", "Mumbai", "Seattle", "Lisbon", "Osaka", "Lagos"};

    private final int rows;

    EmployeeWorkload(int rows) {
        this.rows = rows;
    }

    private record Employee(int id, String name, String salary, String city) {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public long rows() {
        return rows;
    }

    @Override
    public List<String> schema(String keyspace, String table) {
        return List.of("CREATE TABLE " + keyspace + "." + table
                + " (emp_id int PRIMARY KEY, ename varchar, sal double, city varchar)");
    }

    @Override
    public String columns() {
        return "emp_id,ename,sal,city";
    }

    private void generate(Consumer<Employee> row) {
        Random random = new Random(20260301L);
        for (int id = 1; id <= rows; id++) {
            String name = NAMES[random.nextInt(NAMES.length)] + id;
            String salary = (1000 + random.nextInt(9000)) + "." + random.nextInt(100);
            row.accept(new Employee(id, name, salary, CITIES[random.nextInt(CITIES.length)]));
        }
    }

    @Override
    public void values(CqlSession session, String keyspace, Consumer<Object[]> row) {
        generate(e -> row.accept(new Object[] {e.id(), e.name(), Double.parseDouble(e.salary()), e.city()}));
    }

    @Override
    public void write(String table, Path yaml, Path csv, Path jsonl) throws IOException {
        try (BufferedWriter y = Workload.open(yaml); BufferedWriter c = Workload.open(csv);
                BufferedWriter j = Workload.open(jsonl)) {
            y.write("table: " + table + "\nrows:\n");
            c.write(columns() + "\n");
            generate(e -> {
                try {
                    y.write("  - {emp_id: " + e.id() + ", ename: " + e.name() + ", sal: " + e.salary() + ", city: "
                            + e.city() + "}\n");
                    c.write(e.id() + "," + e.name() + "," + e.salary() + "," + e.city() + "\n");
                    j.write("{\"emp_id\": " + e.id() + ", \"ename\": \"" + e.name() + "\", \"sal\": " + e.salary()
                            + ", \"city\": \"" + e.city() + "\"}\n");
                } catch (IOException io) {
                    throw new UncheckedIOException(io);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
