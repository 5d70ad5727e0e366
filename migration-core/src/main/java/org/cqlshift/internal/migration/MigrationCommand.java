package org.cqlshift.internal.migration;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.DefaultConsistencyLevel;
import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.cqlshift.api.Reporter;
import org.cqlshift.api.config.Configuration;
import org.cqlshift.api.config.Setting;
import org.cqlshift.api.migration.JavaMigration;
import org.cqlshift.internal.cluster.StoredReplication;
import org.cqlshift.internal.cql.ScriptDiscovery;
import org.cqlshift.internal.cql.ScriptKindDiscovery;
import org.cqlshift.internal.session.CassandraConnection;
import org.cqlshift.internal.session.Datacenters;

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
    /** The Java migrations the front end registered, besides those of the javaMigrations packages. */
    private final List<JavaMigration> registeredJavaMigrations;
    /** Host name and process id, the same for every command of the process. */
    private static String holder;

    MigrationCommand(CassandraConnection connection, Reporter reporter, List<JavaMigration> javaMigrations) {
        this.session = connection.session();
        this.configuration = connection.configuration();
        this.reporter = reporter;
        this.keyspace = configuration.keyspace();
        this.agreement = SchemaAgreement.of(session, reporter);
        this.store = new HistoryStore(session, keyspace, agreement);
        this.registeredJavaMigrations = List.copyOf(javaMigrations);
    }

    MigrationCommand(MigrationCommand shared) {
        this.session = shared.session;
        this.configuration = shared.configuration;
        this.reporter = shared.reporter;
        this.keyspace = shared.keyspace;
        this.agreement = shared.agreement;
        this.store = shared.store;
        this.registeredJavaMigrations = shared.registeredJavaMigrations;
    }

    /** The versioned scripts and Java migrations, then the baseline scripts, each by version. */
    List<ScriptPlan> plans() {
        List<ScriptPlan> scripts = ScriptDiscovery.discover(configuration.migrations(), configuration.classLoader())
                .stream().map(ScriptPlan::of).toList();
        List<ScriptPlan> versioned = JavaMigrations.merge(scripts, JavaMigrations.of(configuration,
                registeredJavaMigrations, reporter).stream().map(ScriptPlan::of).toList());
        return Stream.concat(versioned.stream(), ScriptKindDiscovery.baseline(configuration.migrations(),
                configuration.classLoader()).stream().map(ScriptPlan::of)).toList();
    }

    /** The repeatable scripts, by description. */
    List<ScriptPlan> repeatablePlans() {
        return ScriptKindDiscovery.repeatable(configuration.migrations(), configuration.classLoader()).stream()
                .map(ScriptPlan::of).toList();
    }

    /** The scripts against the keyspace's history; an empty history when the keyspace does not exist yet. */
    Evaluation evaluate(List<ScriptPlan> plans) {
        return Evaluation.of(plans, store.keyspaceReplication().isPresent() ? store.read() : History.EMPTY);
    }

    /** The repeatable scripts against their history; none ran when the keyspace does not exist yet. */
    RepeatableEvaluation evaluateRepeatables(List<ScriptPlan> plans) {
        return RepeatableEvaluation.of(plans, store.keyspaceReplication().isPresent()
                ? new RepeatableHistory(session, store).read() : Map.of());
    }

    MigrationLock lock(Duration maxWait, boolean releaseOnShutdown) {
        String datacenter = Datacenters.local(session).orElse(null);
        boolean localSerial = DefaultConsistencyLevel.LOCAL_SERIAL.name().equalsIgnoreCase(session.getContext()
                .getConfig().getDefaultProfile().getString(DefaultDriverOption.REQUEST_SERIAL_CONSISTENCY));
        if (localSerial) {
            warnIfReplicatedInSeveralDatacenters();
        }
        return MigrationLock.acquire(session, keyspace, store.qualified(HistoryStore.LEADER),
                new MigrationLock.Taker(holder(), datacenter, localSerial),
                MigrationLock.Timing.of(configuration), maxWait, releaseOnShutdown, reporter);
    }

    /** The lock at LOCAL_SERIAL excludes runners of one datacenter only: say so before taking it. */
    private void warnIfReplicatedInSeveralDatacenters() {
        Set<String> datacenters = store.keyspaceReplication().map(stored -> StoredReplication.of(stored).replicatedIn())
                .orElse(Set.of());
        if (datacenters.size() > 1) {
            reporter.warn("The migration lock is taken at " + DefaultConsistencyLevel.LOCAL_SERIAL + " and keyspace "
                    + keyspace + " is replicated in datacenters " + String.join(", ", datacenters) + ": "
                    + DefaultConsistencyLevel.LOCAL_SERIAL + " orders lock takers within one datacenter only, so"
                    + " runners started in two of them at once could both migrate. Run migrations from one datacenter,"
                    + " or set " + Setting.SERIAL_CONSISTENCY.flag() + " " + DefaultConsistencyLevel.SERIAL + ".");
        }
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
