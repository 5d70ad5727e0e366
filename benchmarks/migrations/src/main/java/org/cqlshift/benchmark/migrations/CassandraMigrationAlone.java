package org.cqlshift.benchmark.migrations;

import com.datastax.oss.driver.api.core.CqlSession;
import java.net.InetSocketAddress;
import org.cognitor.cassandra.migration.Database;
import org.cognitor.cassandra.migration.MigrationRepository;
import org.cognitor.cassandra.migration.MigrationTask;
import org.cognitor.cassandra.migration.keyspace.Keyspace;

/**
 * The peer: cassandra-migration as its README shows it, with the driver's default settings, reading
 * {@code cassandra/migration} from the classpath. Arguments: host, port, local datacenter, keyspace.
 */
public final class CassandraMigrationAlone {

    private CassandraMigrationAlone() {
    }

    public static void main(String[] args) {
        CqlSession session = CqlSession.builder()
                .addContactPoint(new InetSocketAddress(args[0], Integer.parseInt(args[1])))
                .withLocalDatacenter(args[2])
                .build();
        // MigrationTask.migrate() closes the session.
        new MigrationTask(new Database(session, new Keyspace(args[3])), new MigrationRepository()).migrate();
    }
}
