package org.cqlshift.internal.seed;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.DriverException;
import com.datastax.oss.driver.api.core.cql.Row;
import com.datastax.oss.driver.api.core.cql.SimpleStatement;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.cqlshift.api.seed.SeedMode;
import org.cqlshift.internal.session.Keyspaces;
import org.cqlshift.internal.session.ToolTableSetup;
import org.cqlshift.internal.session.ToolTables;

/**
 * The {@code seed_history} table beside {@code schema_migration}: per file, the checksum, row count, mode
 * and time of its last load. Created on the first load.
 */
final class SeedHistory {

    static final String TABLE = ToolTables.SEED_HISTORY;

    private final CqlSession session;
    private final String keyspace;
    private final Map<String, String> checksums = new HashMap<>();
    private boolean exists;

    SeedHistory(CqlSession session, String keyspace) {
        this.session = session;
        this.keyspace = keyspace;
        this.exists = Keyspaces.tableExists(session, keyspace, TABLE);
        if (exists) {
            try {
                for (Row row : session.execute("SELECT file, checksum FROM " + table())) {
                    checksums.put(row.getString("file"), row.getString("checksum"));
                }
            } catch (DriverException e) {
                // Another runner is creating the table right now: nothing has been recorded in it yet.
                if (!ToolTableSetup.isBeingCreated(e)) {
                    throw e;
                }
            }
        }
    }

    Optional<String> checksum(String file) {
        return Optional.ofNullable(checksums.get(file));
    }

    void record(String file, String checksum, long rows, SeedMode mode) {
        if (!exists) {
            ToolTableSetup.createIfAbsent(session, keyspace, TABLE,
                    "(file text PRIMARY KEY, checksum text, rows bigint, mode text, applied_at timestamp)");
            ToolTableSetup.awaitUsable(session, table());
            exists = true;
        }
        session.execute(SimpleStatement.newInstance("INSERT INTO " + table()
                + " (file, checksum, rows, mode, applied_at) VALUES (?, ?, ?, ?, ?)",
                file, checksum, rows, mode.label(), Instant.now()));
        checksums.put(file, checksum);
    }

    private String table() {
        return TableSchema.qualified(keyspace, TABLE);
    }
}
