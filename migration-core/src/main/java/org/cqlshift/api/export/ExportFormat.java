package org.cqlshift.api.export;

import java.util.Locale;

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

    /** Parses {@code yaml}, {@code csv} or {@code json}, in any case. */
    public static ExportFormat parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("an export format is yaml, csv or json, found '" + text + "'");
        }
    }
}
