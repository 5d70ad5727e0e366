package org.cqlshift.internal.verify;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.Row;
import com.datastax.oss.driver.api.core.cql.SimpleStatement;
import com.datastax.oss.driver.api.core.servererrors.UnauthorizedException;
import java.time.Instant;
import java.util.List;
import org.cqlshift.api.Reporter;
import org.cqlshift.internal.session.AccordConsistency;
import org.cqlshift.internal.session.Keyspaces;
import org.cqlshift.internal.session.ToolTableSetup;
import org.cqlshift.internal.session.ToolTables;

/**
 * The probe rows verify may have written and not deleted yet, in the keyspace's {@code cqlshift_verify_probes}
 * table: each is recorded before its first write and cleared after its delete, so that a verify stopped in between
 * (killed, its pod evicted, its node lost) leaves a record, and the next verify deletes the row before it starts.
 * The table is created on the first record; without the permission to create it, verify goes on unrecorded.
 */
final class ProbeLedger {

    private static final String TABLE = ToolTables.VERIFY_PROBES;

    private final CqlSession session;
    private final String keyspace;
    private final Reporter reporter;
    private boolean exists;
    private boolean unrecorded;

    ProbeLedger(CqlSession session, String keyspace, Reporter reporter) {
        this.session = session;
        this.keyspace = keyspace;
        this.reporter = reporter;
        this.exists = Keyspaces.tableExists(session, keyspace, TABLE);
    }

    /** Deletes the probe rows that earlier verifies recorded and did not clear. */
    void removeLeftovers() {
        if (!exists) {
            return;
        }
        for (Row row : session.execute(statement("SELECT table_name, probe_key, cleanup, written_at FROM "
                + table()))) {
            for (String cleanup : row.getList("cleanup", String.class)) {
                session.execute(statement(cleanup));
            }
            cleared(row.getString("table_name"), row.getString("probe_key"));
            reporter.info("Deleted the probe row that a verify stopped midway at " + row.getInstant("written_at")
                    + " left in " + keyspace + "." + row.getString("table_name") + " (" + row.getString("probe_key")
                    + ").");
        }
    }

    /**
     * Records a probe row about to be written.
     *
     * @param cleanup the statements that delete it, with its key's values written out
     */
    void recorded(String table, String key, List<String> cleanup) {
        if (unrecorded || !createdOrExists()) {
            return;
        }
        session.execute(statement("INSERT INTO " + table() + " (table_name, probe_key, cleanup, written_at)"
                + " VALUES (?, ?, ?, ?)", table, key, cleanup, Instant.now()));
    }

    /** Clears the record of a probe row that is deleted. */
    void cleared(String table, String key) {
        if (exists) {
            session.execute(statement("DELETE FROM " + table() + " WHERE table_name = ? AND probe_key = ?", table,
                    key));
        }
    }

    private boolean createdOrExists() {
        if (!exists) {
            try {
                ToolTableSetup.createIfAbsent(session, keyspace, TABLE, "(table_name text, probe_key text,"
                        + " cleanup list<text>, written_at timestamp, PRIMARY KEY (table_name, probe_key))");
            } catch (UnauthorizedException e) {
                unrecorded = true;
                reporter.warn("Verify cannot create " + keyspace + "." + TABLE + " (" + e.getMessage() + "), where it"
                        + " records its probe rows until it has deleted them: a verify stopped midway would leave its"
                        + " row. Grant CREATE on the keyspace, or create the table once as migrate's user.");
                return false;
            }
            ToolTableSetup.awaitUsable(session, table());
            exists = true;
        }
        return true;
    }

    private SimpleStatement statement(String cql, Object... values) {
        return SimpleStatement.newInstance(cql, values).setConsistencyLevel(AccordConsistency.sessionDefault(session))
                .setSerialConsistencyLevel(AccordConsistency.sessionDefaultSerial(session));
    }

    private String table() {
        return keyspace + "." + TABLE;
    }
}
