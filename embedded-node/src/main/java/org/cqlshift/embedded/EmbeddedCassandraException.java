package org.cqlshift.embedded;

/** The embedded node could not be prepared, started or stopped; the message says why and where to look. */
public class EmbeddedCassandraException extends RuntimeException {

    public EmbeddedCassandraException(String message) {
        super(message);
    }

    public EmbeddedCassandraException(String message, Throwable cause) {
        super(message, cause);
    }
}
