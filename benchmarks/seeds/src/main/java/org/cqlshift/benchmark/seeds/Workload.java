package org.cqlshift.benchmark.seeds;

import com.datastax.oss.driver.api.core.CqlSession;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * A set of generated rows and the table they go into, written the same way for every contender: as a YAML
 * seed file for cqlshift, as a CSV file for dsbulk and as bound values for the ceiling loader.
 * Deterministic: the same settings give the same rows.
 */
interface Workload {

    /** Names the workload on the command line and in the table names. */
    String name();

    long rows();

    /** The statements that create the table (and its types) in a keyspace. */
    List<String> schema(String keyspace, String table);

    /** The columns in the order of {@link #values}, as a CQL list and as the CSV header. */
    String columns();

    /** Calls {@code row} with each row's values as the driver binds them, in file order. */
    void values(CqlSession session, String keyspace, Consumer<Object[]> row);

    /**
     * Writes the rows as a YAML seed file for {@code table}, as a CSV file with a header row, and as a JSON
     * Lines seed file (whose table is its file name).
     */
    void write(String table, Path yaml, Path csv, Path jsonl) throws IOException;

    static Workload named(String name, long rows, int partitions) {
        return switch (name) {
            case EmployeeWorkload.NAME -> new EmployeeWorkload((int) rows);
            case TimeSeriesWorkload.NAME -> new TimeSeriesWorkload(partitions, (int) (rows / partitions));
            default -> throw new IllegalArgumentException("unknown workload '" + name + "'; known: "
                    + EmployeeWorkload.NAME + ", " + TimeSeriesWorkload.NAME);
        };
    }

    /** Opens a file for writing, creating its folder. */
    static BufferedWriter open(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    }
}
