package org.cqlshift.internal.cluster;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.DefaultConsistencyLevel;
import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import com.datastax.oss.driver.api.core.config.DriverExecutionProfile;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.cqlshift.api.CassandraUnavailableException;
import org.cqlshift.api.Reporter;
import org.cqlshift.api.config.Configuration;
import org.cqlshift.api.config.Setting;
import org.cqlshift.api.migration.ClusterCheck;
import org.cqlshift.api.migration.MigrationException;
import org.cqlshift.internal.retry.Backoff;

/**
 * Checks the cluster once before migrate's first schema change ({@link Setting#CLUSTER_CHECK}): waits, up to the
 * schema agreement timeout, while nodes join, leave, move or disagree on the schema, then refuses naming them;
 * refuses at once when the nodes that are down leave too few replicas for the consistency levels in force (or, when
 * strict, when any node is down); warns about each node that is down but allowed.
 */
public final class ClusterHealthGate {

    private static final Backoff POLLING = Backoff.doubling(Duration.ofMillis(200), Duration.ofSeconds(2));
    /** Starts the line that says the check passed, at the verbose level. */
    public static final String PASSED = "Cluster check passed";

    private final CqlSession session;
    private final Configuration configuration;
    private final Reporter reporter;

    public ClusterHealthGate(CqlSession session, Configuration configuration, Reporter reporter) {
        this.session = session;
        this.configuration = configuration;
        this.reporter = reporter;
    }

    /**
     * @param keyspaceReplication the keyspace's replication as stored, empty when the keyspace is still to be created
     *     (the configured replication is then the one it gets)
     */
    public void check(Optional<Map<String, String>> keyspaceReplication) {
        ClusterCheck check = configuration.clusterCheck();
        if (check == ClusterCheck.OFF) {
            return;
        }
        // The session's profile holds the levels in force: a driver configuration file may have set them.
        DriverExecutionProfile profile = session.getContext().getConfig().getDefaultProfile();
        ClusterHealth health = new ClusterHealth(check, configuration.keyspace(),
                keyspaceReplication.orElseGet(this::configuredReplication), List.of(
                new ClusterHealth.Requirement(Setting.CONSISTENCY,
                        DefaultConsistencyLevel.valueOf(profile.getString(DefaultDriverOption.REQUEST_CONSISTENCY))),
                new ClusterHealth.Requirement(Setting.SERIAL_CONSISTENCY, DefaultConsistencyLevel.valueOf(
                        profile.getString(DefaultDriverOption.REQUEST_SERIAL_CONSISTENCY)))),
                profile.getString(DefaultDriverOption.LOAD_BALANCING_LOCAL_DATACENTER, configuration.localDatacenter()));
        Duration timeout = profile.getDuration(DefaultDriverOption.CONTROL_CONNECTION_AGREEMENT_TIMEOUT);
        Backoff.Deadline deadline = POLLING.until(timeout);
        boolean waiting = false;
        ClusterView view = new ClusterView(session);
        while (true) {
            List<ClusterNode> nodes = view.read();
            ClusterHealth.Decision decision = health.decide(nodes);
            switch (decision.outcome()) {
                case PASS -> {
                    decision.warnings().forEach(reporter::warn);
                    reporter.debug(PASSED + ": " + nodes.stream().filter(ClusterNode::up).count() + " of "
                            + nodes.size() + " nodes up, in " + nodes.stream().map(ClusterNode::datacenter).distinct()
                            .collect(Collectors.joining(", ")) + ", on one schema version.");
                    return;
                }
                case UNAVAILABLE -> throw new CassandraUnavailableException(decision.problem()
                        + " Nothing was changed.", unavailableSuggestion(check), null);
                case WAIT -> {
                    if (!waiting) {
                        reporter.info(decision.problem() + " Waiting up to " + timeout.toSeconds()
                                + " s before the first schema change.");
                        waiting = true;
                    }
                    if (!deadline.pauseUnlessInterrupted()) {
                        throw new MigrationException(decision.problem() + " They still did after "
                                + timeout.toSeconds() + " s; nothing was changed.", waitSuggestion());
                    }
                }
            }
        }
    }

    private Map<String, String> configuredReplication() {
        Map<String, String> replication = new LinkedHashMap<>();
        replication.put("class", configuration.replication().strategy());
        configuration.replication().factors().forEach((key, factor) -> replication.put(key, String.valueOf(factor)));
        return replication;
    }

    private static String unavailableSuggestion(ClusterCheck check) {
        if (check == ClusterCheck.STRICT) {
            return "Bring the nodes back up, or migrate without them with " + Setting.CLUSTER_CHECK.flag() + " "
                    + ClusterCheck.NORMAL.label() + " while the consistency levels can be met.";
        }
        return "Bring the nodes back up; or, when a datacenter may be unreachable, set " + Setting.CONSISTENCY.flag()
                + " LOCAL_QUORUM and " + Setting.SERIAL_CONSISTENCY.flag() + " LOCAL_SERIAL and run from a datacenter"
                + " that is up. " + Setting.CLUSTER_CHECK.flag() + " " + ClusterCheck.OFF.label()
                + " skips this check (the run then fails on the first write that cannot be met).";
    }

    private static String waitSuggestion() {
        return "Run migrate again once the nodes have finished joining, leaving or moving and agree on one schema"
                + " (nodetool status and nodetool describecluster show it), or allow more time with "
                + Setting.SCHEMA_AGREEMENT_TIMEOUT.flag() + " / " + Setting.SCHEMA_AGREEMENT_TIMEOUT.environmentVariable()
                + ".";
    }
}
