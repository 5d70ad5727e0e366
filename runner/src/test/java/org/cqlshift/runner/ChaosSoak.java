package org.cqlshift.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.DriverException;
import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import com.datastax.oss.driver.api.core.config.DriverConfigLoader;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.core.ConditionTimeoutException;
import org.cqlshift.embedded.EmbeddedCassandra;
import org.cqlshift.embedded.EmbeddedCluster;

/**
 * A chaos soak: round after round, a fresh keyspace is migrated and seeded by runner processes that are killed with
 * SIGKILL at random points, while a node is stopped or frozen, or by two runners at once; then one clean run finishes
 * the job, as a user would run again after a crash, and the keyspace must have converged to a reference migrated
 * once without faults ({@link SoakConvergence}), with no repair. Every choice comes from one seeded {@link Random}:
 * the seed, printed in the summary and on failure, replays the same faults.
 */
final class ChaosSoak {

    static final String REFERENCE_KEYSPACE = "soak_reference";

    private static final Duration RUN_TIMEOUT = Duration.ofMinutes(5);
    private static final Duration DROP_TIMEOUT = Duration.ofMinutes(2);
    private static final Pattern FINISHED = Pattern.compile("(?:Applied|Resumed|Loaded) (\\S+?\\.(?:cql|yaml|csv|json))");

    private final EmbeddedCluster cluster;
    private final SoakProject project;
    private final SoakSettings settings;
    private final Random random;
    private final PrintStream log;
    private final SoakPlan plan;
    private final SoakSummary summary;

    ChaosSoak(EmbeddedCluster cluster, SoakProject project, SoakSettings settings, PrintStream log) {
        this.cluster = cluster;
        this.project = project;
        this.settings = settings;
        this.random = new Random(settings.seed());
        this.log = log;
        this.plan = SoakPlan.draw(settings, random);
        this.summary = new SoakSummary(settings);
    }

    /** Runs every round; fails on the first round that does not converge, after printing the summary. */
    SoakSummary run() {
        try (CqlSession session = CqlSession.builder().addContactPoints(cluster.contactPoints())
                .withLocalDatacenter(cluster.localDatacenter())
                .withConfigLoader(DriverConfigLoader.programmaticBuilder()
                        .withDuration(DefaultDriverOption.REQUEST_TIMEOUT, Duration.ofSeconds(60)).build())
                .build()) {
            cleanRun(REFERENCE_KEYSPACE, false);
            SoakConvergence convergence = new SoakConvergence(session, REFERENCE_KEYSPACE);
            for (int round = 1; round <= settings.rounds(); round++) {
                String keyspace = "soak_" + round;
                long roundStart = System.nanoTime();
                summary.startRound(round);
                faults(keyspace, round);
                cleanRun(keyspace, plan.concurrent(round));
                convergence.assertConverged(keyspace);
                summary.converged(round);
                log.println("Soak " + keyspace + ": converged in " + (System.nanoTime() - roundStart) / 1_000_000_000L
                        + " s (" + plan.kills(round) + " kills planned, flap " + plan.flap(round)
                        + (plan.concurrent(round) ? ", two runners at once" : "") + ")");
                drop(session, keyspace);
            }
        } catch (Throwable failure) {
            summary.failed(failure);
            log.println(summary);
            throw new AssertionError("The chaos soak failed " + (summary.currentRound() == 0
                    ? "in its reference run" : "in round " + summary.currentRound()) + "; replay it with " + settings.replay() + "\n" + summary, failure);
        }
        log.println(summary);
        return summary;
    }

    /**
     * Drops a converged round's keyspace. The drop is housekeeping, not part of what a round checks, and each round
     * has a keyspace of its own: on a loaded machine the coordinator may answer after the request timeout while the
     * drop goes on, and Cassandra 5.0 has refused one with a server error ({@code Unknown CF}) on a node back from a
     * stop; the drop is asked again, and a keyspace it cannot drop is left, said in the log.
     */
    private void drop(CqlSession session, String keyspace) {
        long start = System.nanoTime();
        try {
            await("DROP KEYSPACE " + keyspace).atMost(DROP_TIMEOUT).pollInterval(Duration.ofSeconds(2))
                    .ignoreExceptionsInstanceOf(DriverException.class)
                    .until(() -> session.execute("DROP KEYSPACE IF EXISTS " + keyspace).wasApplied());
        } catch (ConditionTimeoutException e) {
            log.println("Soak " + keyspace + ": the keyspace could not be dropped and is left: " + e.getMessage());
            return;
        }
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        if (seconds >= 10) {
            log.println("Soak " + keyspace + ": dropping the keyspace took " + seconds + " s");
        }
    }

    /** The round's kills, under its node flap if it has one; the flap always ends, the node back up. */
    private void faults(String keyspace, int round) throws InterruptedException {
        NodeFlap.Kind flapKind = plan.flap(round);
        Set<String> finished = new HashSet<>();
        try (NodeFlap flap = flap(flapKind)) {
            if (flap != null) {
                log.println("Soak " + keyspace + ": " + flap.describe());
            }
            int planned = plan.kills(round);
            int kills = 0;
            for (int attempt = 0; kills < planned && attempt < planned * 5; attempt++) {
                if (killedRun(keyspace, finished)) {
                    kills++;
                }
            }
            if (flap != null && planned == 0) {
                RunnerProcess run = RunnerProcess.start(arguments(keyspace));
                int exit = run.finish(RUN_TIMEOUT);
                log.println("Soak " + keyspace + ": a run during the " + flap.describe() + " ended with exit code "
                        + exit);
            }
        }
        if (flapKind != null) {
            summary.flapped(flapKind);
        }
    }

    private NodeFlap flap(NodeFlap.Kind kind) {
        if (kind == null) {
            return null;
        }
        EmbeddedCassandra node = cluster.node(1 + random.nextInt(cluster.nodes().size()));
        if (kind == NodeFlap.Kind.STOP) {
            return NodeFlap.stop(node);
        }
        return NodeFlap.freeze(node, Duration.ofMillis(500 + random.nextInt(3000)),
                Duration.ofMillis(2000 + random.nextInt(6000)));
    }

    /** One runner, killed at a random moment or when its output shows a given script or seed file done. */
    private boolean killedRun(String keyspace, Set<String> finished) throws InterruptedException {
        List<String> pending = new ArrayList<>();
        for (String name : project.fileNames()) {
            if (!finished.contains(name)) {
                pending.add(name);
            }
        }
        boolean byOutput = !pending.isEmpty() && random.nextBoolean();
        String marker = byOutput ? pending.get(random.nextInt(pending.size())) : null;
        // Once everything is done a run takes seconds: a kill then lands in its start, connection or lock wait.
        long delayMillis = 300 + random.nextInt(pending.isEmpty() ? 2500 : 8000);
        RunnerProcess run = RunnerProcess.start(arguments(keyspace));
        try {
            boolean due = byOutput ? run.awaitOutput(" " + marker, RUN_TIMEOUT)
                    : !run.awaitExit(Duration.ofMillis(delayMillis));
            boolean killed = due && run.kill();
            finished.addAll(finishedIn(run.output()));
            log.println("Soak " + keyspace + ": " + (killed ? "killed the runner " : "the runner ended before its kill ")
                    + (byOutput ? "after " + marker : delayMillis + " ms after its start"));
            summary.killAttempted(killed);
            return killed;
        } finally {
            run.ensureEnded();
        }
    }

    /** The run after the faults, with every node up: it must finish the job; two at once must take turns. */
    private void cleanRun(String keyspace, boolean concurrent) throws InterruptedException {
        List<RunnerProcess> runs = new ArrayList<>();
        try {
            runs.add(RunnerProcess.start(arguments(keyspace)));
            if (concurrent) {
                runs.add(RunnerProcess.start(arguments(keyspace)));
            }
            List<Set<String>> applied = new ArrayList<>();
            for (RunnerProcess run : runs) {
                int exit = run.finish(RUN_TIMEOUT);
                assertThat(exit).as("exit code of the clean run of " + keyspace + ":\n" + run.output()).isZero();
                Set<String> scripts = finishedIn(run.output());
                scripts.removeIf(name -> !name.endsWith(".cql"));
                applied.add(scripts);
            }
            if (concurrent) {
                Set<String> byBoth = new HashSet<>(applied.get(0));
                byBoth.retainAll(applied.get(1));
                assertThat(byBoth).as("scripts applied by both concurrent runners:\n" + runs.get(0).output()
                        + "\n---\n" + runs.get(1).output()).isEmpty();
                summary.ranConcurrently();
            }
        } finally {
            runs.forEach(RunnerProcess::ensureEnded);
        }
    }

    private static Set<String> finishedIn(String output) {
        Set<String> names = new HashSet<>();
        Matcher matcher = FINISHED.matcher(output);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    /** Every run as an operator would start it; a short lock TTL so that a killed runner's lock soon expires. */
    private List<String> arguments(String keyspace) {
        return List.of("up", "--contact-points", cluster.contactPointsText(), "--keyspace", keyspace,
                "--replication", "SimpleStrategy:3", "--migrations", project.migrations.toString(),
                "--seeds", project.seeds.toString(), "--placeholders", SoakProject.PLACEHOLDER,
                "--lock-ttl", "8", "--lock-renewal-interval", "2", "--wait-timeout", "60");
    }
}
