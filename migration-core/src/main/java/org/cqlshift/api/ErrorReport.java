package org.cqlshift.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cqlshift.internal.session.ReplicaShortage;
import org.cqlshift.internal.session.SchemaChangesRefused;

/**
 * How an error is shown and which exit code it means, for every front end: {@code ERROR: <message>} and
 * {@code What to do: <suggestion>}, the exit code of the error's {@link Failure} kind, and 1 for anything
 * else, which is a bug.
 */
public final class ErrorReport {

    public static final int SUCCESS = 0;
    public static final int INTERNAL_ERROR = 1;
    private static final String INTERNAL_ERROR_DESCRIPTION = "internal error";

    private final Throwable error;
    private final Failure failure;

    private ErrorReport(Throwable error, Failure failure) {
        this.error = error;
        this.failure = failure;
    }

    public static ErrorReport of(Throwable error) {
        Throwable known = schemaChangesRefused(tooFewReplicas(error));
        return new ErrorReport(known, known instanceof CqlShiftException ? ((CqlShiftException) known).failure() : null);
    }

    /** A cluster that takes no schema change (one of cqlshift's own tables, say): the cluster's state, not a bug. */
    private static Throwable schemaChangesRefused(Throwable error) {
        if (error instanceof CqlShiftException || !SchemaChangesRefused.by(error)) {
            return error;
        }
        return new CassandraUnavailableException(SchemaChangesRefused.reason(error) + ".",
                SchemaChangesRefused.suggestion("run the command again."), error);
    }

    /**
     * Too few replicas answered, however wrapped: the cluster's state, not a bug, and a retry may succeed. An operation
     * on a session has already named the nodes that are down ({@code CqlShift}); without one, nothing is known of them.
     */
    private static Throwable tooFewReplicas(Throwable error) {
        return error instanceof RuntimeException runtime ? ReplicaShortage.translate(runtime, List.of(), null) : error;
    }

    /** The exit code of every outcome, with its meaning, in order: {@code 0 success}, {@code 1 internal error}, ... */
    public static List<String> exitCodes() {
        List<String> codes = new ArrayList<>();
        codes.add(SUCCESS + " success");
        codes.add(INTERNAL_ERROR + " " + INTERNAL_ERROR_DESCRIPTION);
        for (Failure kind : Failure.values()) {
            codes.add(kind.exitCode() + " " + kind.description());
        }
        return codes;
    }

    /** The failure kind; empty for an unexpected error, which is a bug. */
    public Optional<Failure> failure() {
        return Optional.ofNullable(failure);
    }

    public int exitCode() {
        return failure == null ? INTERNAL_ERROR : failure.exitCode();
    }

    /** The kind in a few words, such as {@code migration failed} or {@code internal error}. */
    public String kind() {
        return failure == null ? INTERNAL_ERROR_DESCRIPTION : failure.description();
    }

    public String message() {
        return failure == null ? "unexpected " + error : error.getMessage();
    }

    public Optional<String> suggestion() {
        return error instanceof CqlShiftException ? ((CqlShiftException) error).suggestion() : Optional.empty();
    }

    /** {@code ERROR: <message>}, then {@code What to do: <suggestion>} when there is one. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add("ERROR: " + message());
        suggestion().ifPresent(suggestion -> lines.add("What to do: " + suggestion));
        return lines;
    }

    /** The {@link #lines()} as one text, led by the kind and its exit code, for a front end with one message. */
    public String withKind() {
        return kind() + " (exit code " + exitCode() + ")" + System.lineSeparator()
                + String.join(System.lineSeparator(), lines());
    }
}
