package org.cqlshift.internal.seed;

import com.datastax.oss.driver.api.core.CqlSession;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The tool's own sessions start without schema metadata, which most commands never need. Seeding a cluster
 * of several nodes does: the replication of the keyspace is what tells the driver (and {@link WriteGroups})
 * which nodes hold a partition, so that rows go to their replicas and rows of the same replicas go together.
 * The session refreshes only the configured keyspace.
 */
final class ReplicaMetadata {

    private ReplicaMetadata() {
    }

    /** Turns schema metadata on for a session of several nodes; without it in time, rows are simply not grouped. */
    static void enable(CqlSession session, Duration timeout) {
        if (session.getMetadata().getNodes().size() < 2 || session.isSchemaMetadataEnabled()) {
            return;
        }
        try {
            session.setSchemaMetadataEnabled(true).toCompletableFuture().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // Writes still work: each partition's rows go alone, to any node.
        }
    }
}
