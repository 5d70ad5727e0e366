package org.cqlshift.internal.migration;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.DefaultConsistencyLevel;
import com.datastax.oss.driver.api.core.DriverException;
import com.datastax.oss.driver.api.core.cql.ResultSet;
import com.datastax.oss.driver.api.core.cql.Row;
import com.datastax.oss.driver.api.core.cql.SimpleStatement;
import com.datastax.oss.driver.api.core.servererrors.CASWriteUnknownException;
import com.datastax.oss.driver.api.core.servererrors.DefaultWriteType;
import com.datastax.oss.driver.api.core.servererrors.WriteTimeoutException;
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
import org.cqlshift.internal.session.AccordConsistency;

/**
 * The migration lock: cassandra-migration's leader row, taken with the same lightweight transaction, so
 * runners of either tool exclude each other. The row expires a TTL after it was last written, which frees
 * the lock of a runner that was killed; a live holder renews it well before that, so a script that runs for
 * longer than the TTL keeps the lock.
 *
 * <p>The row also records the holder's datacenter ({@value #DATACENTER}, a column this tool adds to the table; rows
 * written without it, by cassandra-migration or an older cqlshift, have none). A lightweight transaction at
 * LOCAL_SERIAL is ordered only against those of its own datacenter: a holder from another datacenter means two
 * runners could both hold the lock, so a runner at LOCAL_SERIAL that meets one refuses to go on.
 */
final class MigrationLock implements AutoCloseable {

    /** Polls of several runners that wait for the lock spread apart. */
    private static final Backoff POLLING = Backoff.fixed(Duration.ofMillis(250)).withJitter();

    /** The column of the holder's datacenter. */
    static final String DATACENTER = "leader_datacenter";

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
    private final String datacenter;
    private final Timing timing;
    private final ScheduledExecutorService renewer;
    private final Thread shutdownHook;
    private volatile boolean held = true;

    private MigrationLock(CqlSession session, String keyspace, String table, UUID id, Instant takenAt, String holder,
                          String datacenter, Timing timing, boolean releaseOnShutdown) {
        this.session = session;
        this.id = id;
        this.keyspace = keyspace;
        this.table = table;
        this.takenAt = takenAt;
        this.holder = holder;
        this.datacenter = datacenter;
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
     * @param taker who takes the lock, and how
     * @throws ConfigurationException when the lock is taken at LOCAL_SERIAL and held from another datacenter
     */
    static MigrationLock acquire(CqlSession session, String keyspace, String table, Taker taker, Timing timing,
                                 Duration maxWait, boolean releaseOnShutdown, Reporter reporter) {
        String holder = taker.holder();
        Backoff.Deadline deadline = POLLING.until(maxWait);
        UUID id = UUID.randomUUID();
        String reported = null;
        while (true) {
            Instant now = Instant.now();
            Row current;
            try {
                ResultSet result = session.execute(SimpleStatement.newInstance("INSERT INTO " + table
                                + " (keyspace_name, leader, took_lead_at, leader_hostname, " + DATACENTER + ")"
                                + " VALUES (?, ?, ?, ?, ?) IF NOT EXISTS USING TTL " + timing.ttl().toSeconds(),
                        keyspace, id, now, holder, taker.datacenter()));
                if (result.wasApplied()) {
                    return started(session, keyspace, table, id, now, taker, timing, releaseOnShutdown);
                }
                current = result.one();
            } catch (CASWriteUnknownException | WriteTimeoutException e) {
                // The proposal may or may not have been accepted, as when a replica restarts mid-round: a serial
                // read completes any accepted proposal and shows whose the row is.
                if (e instanceof WriteTimeoutException timeout && timeout.getWriteType() != DefaultWriteType.CAS) {
                    throw e;
                }
                reporter.debug("The outcome of taking the migration lock was unknown (" + e.getMessage()
                        + "); reading whose it is.");
                try {
                    current = serialRead(session, keyspace, table);
                } catch (DriverException readFailure) {
                    reporter.debug("Could not read the migration lock yet: " + readFailure.getMessage());
                    current = null;
                }
                if (current == null) {
                    // Free, or not readable yet: try again, and report the unknown outcome if it lasts.
                    if (deadline.passed()) {
                        throw e;
                    }
                    pause(deadline);
                    continue;
                }
            }
            // A proposal of this runner's that was accepted after all, seen by the read or by the next attempt.
            if (current != null && id.equals(current.getUuid("leader"))) {
                return started(session, keyspace, table, id, current.getInstant("took_lead_at"), taker, timing,
                        releaseOnShutdown);
            }
            String owner = current == null ? "another runner" : describe(current);
            if (current != null) {
                taker.requireOrderedWith(holderDatacenter(current), owner, keyspace);
            }
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

    private static MigrationLock started(CqlSession session, String keyspace, String table, UUID id, Instant since,
                                         Taker taker, Timing timing, boolean releaseOnShutdown) {
        MigrationLock lock = new MigrationLock(session, keyspace, table, id, since, taker.holder(), taker.datacenter(),
                timing, releaseOnShutdown);
        lock.start();
        return lock;
    }

    /** The lock row at the session's serial consistency, which first completes any proposal left in flight. */
    private static Row serialRead(CqlSession session, String keyspace, String table) {
        return session.execute(SimpleStatement.newInstance("SELECT * FROM " + table + " WHERE keyspace_name = ?",
                keyspace).setConsistencyLevel(AccordConsistency.sessionDefaultSerial(session))).one();
    }

    private static String describe(Row row) {
        String host = Objects.requireNonNullElse(row.getString("leader_hostname"), "an unknown host");
        String datacenter = holderDatacenter(row);
        Instant since = row.getInstant("took_lead_at");
        return host + (datacenter == null ? "" : " in datacenter " + datacenter) + (since == null ? "" : " since " + since);
    }

    /** The holder's datacenter; null for a row written without it. */
    private static String holderDatacenter(Row row) {
        return row.getColumnDefinitions().contains(DATACENTER) ? row.getString(DATACENTER) : null;
    }

    /**
     * Who takes the lock: the holder text, the driver's local datacenter (null when unknown), and whether its
     * lightweight transactions run at LOCAL_SERIAL.
     */
    record Taker(String holder, String datacenter, boolean localSerial) {

        /** Refuses a holder from another datacenter when LOCAL_SERIAL cannot have ordered this taker after it. */
        void requireOrderedWith(String holderDatacenter, String owner, String keyspace) {
            if (!localSerial || holderDatacenter == null || datacenter == null
                    || holderDatacenter.equals(datacenter)) {
                return;
            }
            throw new ConfigurationException("The migration lock on keyspace " + keyspace + " is held by " + owner
                    + ", and this runner in datacenter " + datacenter + " takes it at "
                    + DefaultConsistencyLevel.LOCAL_SERIAL + ": " + DefaultConsistencyLevel.LOCAL_SERIAL
                    + " orders lock takers within one datacenter only, so runners in two datacenters can both take the"
                    + " lock and apply a script twice. This runner stopped before changing anything.",
                    "Set " + Setting.SERIAL_CONSISTENCY.flag() + " " + DefaultConsistencyLevel.SERIAL + " ("
                            + Setting.SERIAL_CONSISTENCY.environmentVariable() + ", "
                            + Setting.SERIAL_CONSISTENCY.property() + ", " + Setting.SERIAL_CONSISTENCY.springProperty()
                            + ") for the lock, or run migrations from one datacenter only.");
        }
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
                            + timing.ttl().toSeconds() + " SET leader = ?, took_lead_at = ?, leader_hostname = ?, "
                            + DATACENTER + " = ? WHERE keyspace_name = ? IF leader = ?", id, takenAt, holder, datacenter,
                    keyspace, id));
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
