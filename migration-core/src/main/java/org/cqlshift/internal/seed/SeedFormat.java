package org.cqlshift.internal.seed;

import java.util.List;
import java.util.Optional;

/**
 * The kinds of seed file, told by the file's extension. A YAML file names its tables inside; a CSV or JSON
 * file holds the rows of one table, named by the file: {@code employee.csv}, or {@code app.employee.csv}
 * for a table of another keyspace.
 */
enum SeedFormat {
    YAML("YAML", List.of(".yaml", ".yml")),
    /** A JSON array of row objects. */
    JSON("JSON", List.of(".json")),
    /** One JSON row object per line. */
    JSON_LINES("JSON Lines", List.of(".jsonl")),
    /** A header row of column names, then one row per record. */
    CSV("CSV", List.of(".csv"));

    private final String displayName;
    private final List<String> extensions;

    SeedFormat(String displayName, List<String> extensions) {
        this.displayName = displayName;
        this.extensions = extensions;
    }

    String displayName() {
        return displayName;
    }

    static Optional<SeedFormat> of(String fileName) {
        for (SeedFormat format : values()) {
            for (String extension : format.extensions) {
                if (fileName.endsWith(extension)) {
                    return Optional.of(format);
                }
            }
        }
        return Optional.empty();
    }

    /** The file name without its extension: {@code table} or {@code keyspace.table}. */
    String tableName(String fileName) {
        for (String extension : extensions) {
            if (fileName.endsWith(extension)) {
                return fileName.substring(0, fileName.length() - extension.length());
            }
        }
        throw new IllegalArgumentException(fileName + " is not a " + displayName + " file");
    }
}
