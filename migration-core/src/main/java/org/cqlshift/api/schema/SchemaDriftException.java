package org.cqlshift.api.schema;

import org.cqlshift.api.CqlShiftException;
import org.cqlshift.api.Failure;

/** The live keyspace differs from the expected schema; {@link #diff()} holds each difference and its fix. */
public class SchemaDriftException extends CqlShiftException {

    private final transient SchemaDiff diff;

    public SchemaDriftException(SchemaDiff diff) {
        super(Failure.SCHEMA_DRIFT, message(diff),
                "Apply the fix shown for each difference to bring the live keyspace in line, or, if the live"
                        + " schema is right, write the change into a new script (or regenerate the schema file) so that"
                        + " the two agree again; then run diff again.", null);
        this.diff = diff;
    }

    private static String message(SchemaDiff diff) {
        StringBuilder message = new StringBuilder(diff.headline());
        diff.differences().forEach(difference -> message.append(System.lineSeparator()).append("  - ")
                .append(difference.summary()));
        return message.toString();
    }

    public SchemaDiff diff() {
        return diff;
    }
}
