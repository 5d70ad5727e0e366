package org.cqlshift.benchmark.seeds;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Generates employee-shaped rows (int key, text, double, text), the same values as a YAML seed file for
 * cqlshift and as a CSV file for dsbulk. Deterministic: the same count gives the same files.
 */
final class EmployeeRows {

    private static final String[] NAMES = {"LyubovK", "JiriK", "IvanH", "YuliaT", "AnaP", "OmarS", "MeiL", "TomasB"};
    private static final String[] CITIES = {"Dubai", "Toronto", "Mumbai", "Seattle", "Lisbon", "Osaka", "Lagos"};

    private EmployeeRows() {
    }

    static void write(int rows, String table, Path yaml, Path csv) throws IOException {
        Files.createDirectories(yaml.getParent());
        Files.createDirectories(csv.getParent());
        Random random = new Random(20260301L);
        try (BufferedWriter y = Files.newBufferedWriter(yaml, StandardCharsets.UTF_8);
                BufferedWriter c = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            y.write("table: " + table + "\nrows:\n");
            c.write("emp_id,ename,sal,city\n");
            for (int id = 1; id <= rows; id++) {
                String name = NAMES[random.nextInt(NAMES.length)] + id;
                String salary = (1000 + random.nextInt(9000)) + "." + random.nextInt(100);
                String city = CITIES[random.nextInt(CITIES.length)];
                y.write("  - {emp_id: " + id + ", ename: " + name + ", sal: " + salary + ", city: " + city + "}\n");
                c.write(id + "," + name + "," + salary + "," + city + "\n");
            }
        }
    }
}
