package org.cqlshift.api;

/** What went wrong, coarsely; each kind has its own documented process exit code. */
public enum Failure {
    /** Bad configuration or bad input files (scripts, seeds). */
    CONFIGURATION(2, "bad configuration or input"),
    /** No Cassandra node could be reached, or it refused the credentials. */
    UNREACHABLE(3, "Cassandra unreachable"),
    MIGRATION(4, "migration failed"),
    SEED(5, "seed failed"),
    VERIFY(6, "verify failed"),
    /** The live keyspace differs from what its applied scripts, or a schema file, define. */
    SCHEMA_DRIFT(7, "schema differs"),
    /** Lint found errors in the scripts, and errors were to stop the run. */
    LINT(8, "lint found errors");

    private final int exitCode;
    private final String description;

    Failure(int exitCode, String description) {
        this.exitCode = exitCode;
        this.description = description;
    }

    public int exitCode() {
        return exitCode;
    }

    /** A few words for the kind, as in the table of exit codes: {@code migration failed}. */
    public String description() {
        return description;
    }
}
