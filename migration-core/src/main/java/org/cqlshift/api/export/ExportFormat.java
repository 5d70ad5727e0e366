package org.cqlshift.api.export;

/** The seed file formats a table can be exported to; each loads back with {@code seed}. */
public enum ExportFormat {
    /** A seed document: {@code table:}, then one flow mapping per row. */
    YAML("yaml"),
    /** A header row of column names, then one record per row; collections, tuples and UDTs as JSON text. */
    CSV("csv"),
    /** An array of row objects, one per line. */
    JSON("json");

    private final String extension;

    ExportFormat(String extension) {
        this.extension = extension;
    }

    /** The file extension, without the dot, that {@code seed} reads this format from. */
    public String extension() {
        return extension;
    }
}
