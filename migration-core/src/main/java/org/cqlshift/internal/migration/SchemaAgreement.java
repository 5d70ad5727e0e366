package org.cqlshift.internal.migration;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.ResultSet;
import java.time.Duration;
import org.cqlshift.api.config.Setting;
import org.cqlshift.api.migration.MigrationException;

/**
 * Confirms that all nodes agree on the schema after a schema change. With schema metadata disabled the
 * driver reports agreement without checking, so the check is asked for explicitly; it polls the nodes'
 * schema versions for up to the configured timeout.
 */
final class SchemaAgreement {

    private final CqlSession session;
    private final Duration timeout;

    SchemaAgreement(CqlSession session, Duration timeout) {
        this.session = session;
        this.timeout = timeout;
    }

    boolean reached(ResultSet result) {
        return result.getExecutionInfo().isSchemaInAgreement() && session.checkSchemaAgreement();
    }

    void require(ResultSet result, String after) {
        if (!reached(result)) {
            throw new MigrationException(notReached(after), suggestion());
        }
    }

    String notReached(String after) {
        return "The nodes did not agree on the schema within " + timeout.toSeconds() + " s after " + after + ".";
    }

    String suggestion() {
        return "Check that every node is up and reachable (nodetool describecluster shows one schema version),"
                + " or allow more time with " + Setting.SCHEMA_AGREEMENT_TIMEOUT.flag() + " / "
                + Setting.SCHEMA_AGREEMENT_TIMEOUT.environmentVariable() + "; then run migrate again.";
    }
}
