package org.cqlshift.benchmark.seeds;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.DriverTimeoutException;
import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import com.datastax.oss.driver.api.core.config.DriverConfigLoader;
import com.datastax.oss.driver.api.core.cql.BoundStatement;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import com.datastax.oss.driver.api.core.servererrors.OverloadedException;
import com.datastax.oss.driver.api.core.servererrors.WriteTimeoutException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The ceiling: the least a client can do to load the rows. Prepared single-row inserts, a fixed number in
 * flight, values generated in memory (no file, no checks; only a timed-out insert is sent again). Run in
 * its own JVM like the other contenders.
 * Arguments: host port datacenter keyspace table workload rows partitions in-flight.
 */
public final class CeilingLoader {

    private static final int ATTEMPTS = 5;
    private static final AtomicLong RETRIES = new AtomicLong();

    private CeilingLoader() {
    }

    /**
     * Sends an insert; one that times out on an overloaded node is sent again, as cqlshift and dsbulk do,
     * so that a busy machine slows the ceiling down rather than stopping it.
     */
    private static void send(CqlSession session, BoundStatement insert, int attempt, AtomicReference<Throwable> failure,
            Semaphore window) {
        session.executeAsync(insert).whenComplete((result, error) -> {
            if (error != null && attempt < ATTEMPTS && (error instanceof WriteTimeoutException
                    || error instanceof OverloadedException || error instanceof DriverTimeoutException)) {
                RETRIES.incrementAndGet();
                send(session, insert, attempt + 1, failure, window);
                return;
            }
            if (error != null) {
                failure.compareAndSet(null, error);
            }
            window.release();
        });
    }

    public static void main(String[] args) throws InterruptedException {
        String keyspace = args[3];
        String table = args[4];
        Workload workload = Workload.named(args[5], Long.parseLong(args[6]), Integer.parseInt(args[7]));
        int inFlight = Integer.parseInt(args[8]);
        try (CqlSession session = CqlSession.builder()
                .addContactPoint(new InetSocketAddress(args[0], Integer.parseInt(args[1])))
                .withLocalDatacenter(args[2])
                .withConfigLoader(DriverConfigLoader.programmaticBuilder()
                        .withDuration(DefaultDriverOption.REQUEST_TIMEOUT, Duration.ofSeconds(120))
                        .build())
                .build()) {
            String columns = workload.columns();
            PreparedStatement insert = session.prepare("INSERT INTO " + keyspace + "." + table + " (" + columns
                    + ") VALUES (" + "?,".repeat(columns.split(",").length - 1) + "?)");
            Semaphore window = new Semaphore(inFlight);
            AtomicReference<Throwable> failure = new AtomicReference<>();
            long started = System.nanoTime();
            workload.values(session, keyspace, values -> {
                window.acquireUninterruptibly();
                send(session, insert.bind(values), 1, failure, window);
            });
            window.acquire(inFlight);
            if (failure.get() != null) {
                throw new IllegalStateException("an insert failed", failure.get());
            }
            System.out.printf("Wrote %,d rows in %.1f s; %,d inserts were sent again after a timeout%n",
                    workload.rows(), (System.nanoTime() - started) / 1e9, RETRIES.get());
        }
    }
}
