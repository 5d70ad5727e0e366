package org.cqlshift.internal.session;

/**
 * A Cassandra 6 cluster that refuses every schema change, whatever the statement: its nodes were upgraded in place
 * from an earlier version and its cluster metadata service (CEP-21, transactional cluster metadata) was never
 * initialised, so it still "runs in gossip mode". The fault is the cluster's, never the script's.
 */
public final class SchemaChangesRefused {

    /** The server's words for it: "Can't commit transformations when running in gossip mode. ...". */
    private static final String SERVER_TEXT = "running in gossip mode";

    private SchemaChangesRefused() {
    }

    /** Whether the server refused a schema change for this reason. */
    public static boolean by(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause.getMessage() != null && cause.getMessage().contains(SERVER_TEXT)) {
                return true;
            }
        }
        return false;
    }

    /** What is wrong, quoting the server. */
    public static String reason(Throwable error) {
        return "Cassandra accepts no schema change at all: the cluster runs in gossip mode, as nodes upgraded in place"
                + " to Cassandra 6 do until its cluster metadata service is initialised (the server says: "
                + error.getMessage() + ")";
    }

    /** What to do, then how the run resumes ({@code then}). */
    public static String suggestion(String then) {
        return "Nothing is wrong with the statement. Once every node runs Cassandra 6, run `nodetool cms initialize`"
                + " on one of them (see Cassandra's upgrade notes on the cluster metadata service); then " + then
                + " A throw-away local node can instead be started on an empty data directory.";
    }
}
