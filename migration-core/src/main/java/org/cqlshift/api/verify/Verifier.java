package org.cqlshift.api.verify;

import org.cqlshift.api.CassandraConnection;
import org.cqlshift.api.Reporter;
import org.cqlshift.internal.verify.KeyspaceVerifier;

/**
 * Checks that every table of the keyspace takes a write, a read, an update and a delete: a CRUD round
 * trip on a synthetic row with a fresh random key, derived from the live schema. Real rows are never
 * touched, and the synthetic rows are removed again.
 */
public final class Verifier {

    private final CassandraConnection connection;
    private final Reporter reporter;

    private Verifier(CassandraConnection connection, Reporter reporter) {
        this.connection = connection;
        this.reporter = reporter;
    }

    public static Verifier create(CassandraConnection connection, Reporter reporter) {
        return new Verifier(connection, reporter);
    }

    /**
     * Verifies the tables; the report says which passed. Callers decide what a failed report means
     * (the front ends exit with {@link org.cqlshift.api.Failure#VERIFY}).
     *
     * @throws org.cqlshift.api.config.ConfigurationException when the keyspace or a named table does not exist
     * @throws VerifyException when the keyspace holds no table of its own
     */
    public VerifyReport verify(VerifyOptions options) {
        return new KeyspaceVerifier(connection.session(), connection.configuration().keyspace(), reporter)
                .verify(options);
    }
}
