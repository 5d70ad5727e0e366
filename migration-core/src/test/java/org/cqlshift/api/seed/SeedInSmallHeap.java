package org.cqlshift.api.seed;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.List;
import org.cqlshift.internal.session.CassandraConnection;
import org.cqlshift.api.Reporter;
import org.cqlshift.api.config.Configuration;
import org.cqlshift.api.config.Location;

/** Seeds a directory from a JVM of its own, so a test can cap its heap: host port datacenter keyspace directory. */
public final class SeedInSmallHeap {

    private SeedInSmallHeap() {
    }

    public static void main(String[] args) {
        Configuration configuration = Configuration.builder()
                .contactPoints(List.of(InetSocketAddress.createUnresolved(args[0], Integer.parseInt(args[1]))))
                .localDatacenter(args[2])
                .keyspace(args[3])
                .seeds(Location.directory(Path.of(args[4])))
                .build();
        try (CassandraConnection connection = CassandraConnection.open(configuration)) {
            SeedResult result = Seeder.create(connection, Reporter.SILENT).seed(SeedOptions.defaults());
            System.out.println("rows " + result.rows());
        }
    }
}
