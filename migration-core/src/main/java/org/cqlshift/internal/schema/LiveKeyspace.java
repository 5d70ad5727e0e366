package org.cqlshift.internal.schema;

import com.datastax.oss.driver.api.core.CqlSession;
import org.cqlshift.api.config.ConfigurationException;
import org.cqlshift.api.config.Setting;

/** A live keyspace's schema, with the release of the cluster it was read from. */
record LiveKeyspace(KeyspaceSchema schema, String release, CassandraLine line) {

    /**
     * @param keyspace as Cassandra stores the name
     * @throws ConfigurationException when the keyspace does not exist
     */
    static LiveKeyspace read(CqlSession session, String keyspace) {
        String release = SchemaReader.releaseVersion(session);
        CassandraLine line = CassandraLine.of(release);
        KeyspaceSchema schema = new SchemaReader(session, line).read(keyspace)
                .orElseThrow(() -> new ConfigurationException("Keyspace " + keyspace + " does not exist.",
                        "Check " + Setting.KEYSPACE.flag() + " / " + Setting.KEYSPACE.environmentVariable()
                                + ", or run migrate to create it."));
        return new LiveKeyspace(schema, release, line);
    }
}
