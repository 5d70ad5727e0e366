package org.cqlshift.api.seed;

/** How rows reach their tables. */
public enum SeedMode {
    /** INSERT: a row that exists is overwritten column by column; columns a row leaves out are kept. */
    UPSERT("upsert"),
    /** INSERT ... IF NOT EXISTS: a row that exists, perhaps edited by a user, is left alone. Slower (one LWT per row). */
    INSERT_IF_ABSENT("insert-if-absent"),
    /** TRUNCATE each table of a file, once the whole file is valid, then load it: for test data. */
    TRUNCATE("truncate");

    private final String label;

    SeedMode(String label) {
        this.label = label;
    }

    /** The name used on the command line and in Maven properties. */
    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
