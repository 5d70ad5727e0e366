package org.cqlshift.internal.migration;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.DriverException;
import com.datastax.oss.driver.api.core.cql.ResultSet;
import com.datastax.oss.driver.api.core.cql.Row;
import com.datastax.oss.driver.api.core.cql.SimpleStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.cqlshift.api.Reporter;
import org.cqlshift.api.config.Configuration;
import org.cqlshift.api.config.ConfigurationException;
import org.cqlshift.api.config.Setting;
import org.cqlshift.api.migration.MigrationException;
import org.cqlshift.internal.retry.Backoff;

/**
 * The migration lock: cassandra-migration's leader row, taken with the same lightweight transaction, so
 * runners of either tool exclude each other. The row expires a TTL after it was last written, which frees
 * the lock of a runner that was killed; a live holder renews it well before that, so a script that runs for
 * longer than the TTL keeps the lock.
 */
final class MigrationLock implements AutoCloseable {

    /** Polls of several runners that wait for the lock spread apart. */
    private static final Backoff POLLING = Backoff.fixed(Duration.ofMillis(250)).withJitter();

    /** How long the lock row lives without renewal, and how often its holder renews it. */
    record Timing(Duration ttl, Duration renewEvery) {

        /** The configured timing; renewing no more often than the row expires would lose the lock. */
        static Timing of(Configuration configuration) {
            Timing timing = new Timing(configuration.lockTtl(), configuration.lockRenewalInterval());
            if (timing.renewEvery().compareTo(timing.ttl()) >= 0) {
                throw new ConfigurationException("The lock renewal interval (" + timing.renewEvery().toSeconds()
                        + " s) must be shorter than the lock TTL (" + timing.ttl().toSeconds() + " s).",
                        "Set " + Setting.LOCK_RENEWAL_INTERVAL.flag() + " / "
                                + Setting.LOCK_RENEWAL_INTERVAL.environmentVariable() + " to at most a third of "
                                + Setting.LOCK_TTL.flag() + " / " + Setting.LOCK_TTL.environmentVariable()
                                + ", so that a missed renewal or two do not lose the lock.");
            }
            return timing;
        }
    }

    private final CqlSession session;
    private final String keyspace;
    private final String table;
    private final UUID id;
    private final Instant takenAt;
    private final String holder;
    private final Timing timing;
    private final ScheduledExecutorService renewer;
    private final Thread shutdownHook;
    private volatile boolean held = true;

    private MigrationLock(CqlSession session, String keyspace, String table, UUID id, Instant takenAt, String holder,
                          Timing timing, boolean releaseOnShutdown) {
        this.session = session;
        this.id = id;
        this.keyspace = keyspace;
        this.table = table;
        this.takenAt = takenAt;
        this.holder = holder;
        this.timing = timing;
        this.renewer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "cqlshift-lock-renewal");
            thread.setDaemon(true);
            return thread;
        });
        this.shutdownHook = releaseOnShutdown ? new Thread(this::release, "cqlshift-lock-release") : null;
    }

    /**
     * Takes the lock, waiting while another runner holds it.
     *
     * @param table the qualified leader table
     */
    static MigrationLock acquire(CqlSession session, String keyspace, String table, String holder, Timing timing,
                                 Duration maxWait, boolean releaseOnShutdown, Reporter reporter) {
        Backoff.Deadline deadline = POLLING.until(maxWait);
        UUID id = UUID.randomUUID();
        String reported = null;
        while (true) {
            Instant now = Instant.now();
            ResultSet result = session.execute(SimpleStatement.newInstance("INSERT INTO " + table
                            + " (keyspace_name, leader, took_lead_at, leader_hostname) VALUES (?, ?, ?, ?)"
                            + " IF NOT EXISTS USING TTL " + timing.ttl().toSeconds(), keyspace, id, now, holder));
            if (result.wasApplied()) {
                MigrationLock lock = new MigrationLock(session, keyspace, table, id, now, holder, timing,
                        releaseOnShutdown);
                lock.start();
                return lock;
            }
            Row current = result.one();
            String owner = current == null ? "another runner" : describe(current);
            if (!owner.equals(reported)) {
                reporter.info("Waiting for the migration lock held by " + owner + ".");
                reported = owner;
            }
            if (deadline.passed()) {
                throw new MigrationException("Gave up after " + maxWait.toSeconds()
                        + " s waiting for the migration lock held by " + owner + ".",
                        "If that runner is still migrating, try again later. If it crashed, its lock expires "
                                + timing.ttl().toSeconds() + " s after it was last renewed; to free it at once run"
                                + " DELETE FROM " + table + " WHERE keyspace_name = '" + keyspace + "';");
            }
            pause(deadline);
        }
    }

    private static String describe(Row row) {
        String host = Objects.requireNonNullElse(row.getString("leader_hostname"), "an unknown host");
        Instant since = row.getInstant("took_lead_at");
        return host + (since == null ? "" : " since " + since);
    }

    private void start() {
        long period = timing.renewEvery().toMillis();
        renewer.scheduleWithFixedDelay(this::renew, period, period, TimeUnit.MILLISECONDS);
        if (shutdownHook != null) {
            Runtime.getRuntime().addShutdownHook(shutdownHook);
        }
    }

    /** Writes the row again with a fresh TTL, unless another runner took it over meanwhile. */
    private void renew() {
        try {
            ResultSet result = session.execute(SimpleStatement.newInstance("UPDATE " + table + " USING TTL "
                            + timing.ttl().toSeconds() + " SET leader = ?, took_lead_at = ?, leader_hostname = ?"
                            + " WHERE keyspace_name = ? IF leader = ?", id, takenAt, holder, keyspace, id));
            if (!result.wasApplied()) {
                held = false;
            }
        } catch (DriverException e) {
            // A missed renewal is retried at the next period; the TTL leaves several periods of slack.
        }
    }

    /** Fails when the lock was lost, e.g. the process was paused longer than the lock's TTL. */
    void requireHeld() {
        if (!held) {
            throw new MigrationException("The migration lock on keyspace " + keyspace
                    + " expired and was taken by another runner while this one was migrating.",
                    "Run migrate again: it continues from the history the other runner leaves.");
        }
    }

    private synchronized void release() {
        renewer.shutdownNow();
        if (!held) {
            return;
        }
        held = false;
        try {
            session.execute(SimpleStatement.newInstance("DELETE FROM " + table + " WHERE keyspace_name = ? IF leader = ?",
                    keyspace, id));
        } catch (DriverException | IllegalStateException e) {
            // The row expires on its own; failing here would hide the migration's own outcome.
        }
    }

    @Override
    public void close() {
        release();
        if (shutdownHook != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException e) {
                // The JVM is already shutting down and runs the hook itself.
            }
        }
    }

    private static void pause(Backoff.Deadline deadline) {
        try {
            deadline.pause();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MigrationException("Interrupted while waiting for the migration lock.", null, e);
        }
    }
}
