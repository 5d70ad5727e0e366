package org.cqlshift.api;

/** No node answered, or the nodes refused the login. */
public class CassandraUnavailableException extends CqlShiftException {

    public CassandraUnavailableException(String message, String suggestion, Throwable cause) {
        super(Failure.UNREACHABLE, message, suggestion, cause);
    }
}
