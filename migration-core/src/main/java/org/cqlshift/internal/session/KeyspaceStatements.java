package org.cqlshift.internal.session;

import com.datastax.oss.driver.api.core.CqlIdentifier;
import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.DefaultProtocolVersion;
import com.datastax.oss.driver.api.core.cql.SimpleStatement;

/**
 * Statements that run in a keyspace without naming it, as with cassandra-migration's USE: on protocol v5 each
 * statement carries the keyspace; below, the session uses it. At a consistency level that Accord accepts for
 * transactional tables on Cassandra 6.
 */
public final class KeyspaceStatements {

    private final CqlSession session;
    private final String keyspace;

    /** @param keyspace the keyspace, or null for statements that run in none */
    public KeyspaceStatements(CqlSession session, String keyspace) {
        this.session = session;
        this.keyspace = keyspace;
    }

    /** Below protocol v5, makes the keyspace the session's; statements cannot carry it there. */
    public void useKeyspace() {
        if (keyspace != null && !perStatement()) {
            session.execute("USE " + keyspace);
        }
    }

    public SimpleStatement statement(String cql) {
        SimpleStatement statement = SimpleStatement.newInstance(cql)
                .setConsistencyLevel(AccordConsistency.sessionDefault(session))
                .setSerialConsistencyLevel(AccordConsistency.sessionDefaultSerial(session));
        return keyspace != null && perStatement() ? statement.setKeyspace(CqlIdentifier.fromCql(keyspace)) : statement;
    }

    private boolean perStatement() {
        return session.getContext().getProtocolVersion().getCode() >= DefaultProtocolVersion.V5.getCode();
    }
}
