package org.cqlshift.api;

/** What went wrong, coarsely; each kind has its own documented process exit code. */
public enum Failure {
    /** Bad configuration or bad input files (scripts, seeds). */
    CONFIGURATION(2),
    /** No Cassandra node could be reached, or it refused the credentials. */
    UNREACHABLE(3),
    MIGRATION(4),
    SEED(5),
    VERIFY(6);

    private final int exitCode;

    Failure(int exitCode) {
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
