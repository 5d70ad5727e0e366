package org.cqlshift.internal.migration;

import com.datastax.oss.driver.api.core.CqlSession;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import org.cqlshift.internal.session.CassandraConnection;
import org.cqlshift.api.Reporter;
import org.cqlshift.api.config.Configuration;
import org.cqlshift.internal.cql.ScriptDiscovery;

/**
 * What the engine's commands work with: one keyspace through one session, its history, schema agreement, the
 * migration lock and the scripts. Each command is a subclass made from the engine's, sharing these.
 */
abstract class MigrationCommand {

    final CqlSession session;
    final Configuration configuration;
    final Reporter reporter;
    final String keyspace;
    final SchemaAgreement agreement;
    final HistoryStore store;
    /** Host name and process id, the same for every command of the process. */
    private static String holder;

    MigrationCommand(CassandraConnection connection, Reporter reporter) {
        this.session = connection.session();
        this.configuration = connection.configuration();
        this.reporter = reporter;
        this.keyspace = configuration.keyspace();
        this.agreement = SchemaAgreement.of(session);
        this.store = new HistoryStore(session, keyspace, agreement);
    }

    MigrationCommand(MigrationCommand shared) {
        this.session = shared.session;
        this.configuration = shared.configuration;
        this.reporter = shared.reporter;
        this.keyspace = shared.keyspace;
        this.agreement = shared.agreement;
        this.store = shared.store;
    }

    List<ScriptPlan> plans() {
        return ScriptDiscovery.discover(configuration.migrations(), configuration.classLoader()).stream()
                .map(ScriptPlan::of).toList();
    }

    /** The scripts against the keyspace's history; an empty history when the keyspace does not exist yet. */
    Evaluation evaluate(List<ScriptPlan> plans) {
        return Evaluation.of(plans, store.keyspaceReplication().isPresent() ? store.read() : History.EMPTY);
    }

    MigrationLock lock(Duration maxWait, boolean releaseOnShutdown) {
        return MigrationLock.acquire(session, keyspace, store.qualified(HistoryStore.LEADER), holder(),
                MigrationLock.Timing.of(configuration), maxWait, releaseOnShutdown, reporter);
    }

    /** Who runs this, for the lock and the history: host name and process id. */
    static synchronized String holder() {
        if (holder == null) {
            String host;
            try {
                host = InetAddress.getLocalHost().getHostName();
            } catch (UnknownHostException e) {
                host = "unknown host";
            }
            holder = host + " (pid " + ProcessHandle.current().pid() + ")";
        }
        return holder;
    }

    static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
