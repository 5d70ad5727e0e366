package org.cqlshift.runner;

/** What a soak did, for its summary: rounds, kills, flaps, concurrent runs, the outcome, the seed, the duration. */
final class SoakSummary {

    private final SoakSettings settings;
    private final long startedAt = System.nanoTime();
    private int currentRound;
    private int convergedRounds;
    private int killAttempts;
    private int kills;
    private int stops;
    private int freezes;
    private int concurrentRuns;
    private Throwable failure;

    SoakSummary(SoakSettings settings) {
        this.settings = settings;
    }

    void startRound(int round) {
        currentRound = round;
    }

    void converged(int round) {
        convergedRounds = round;
    }

    void killAttempted(boolean killed) {
        killAttempts++;
        if (killed) {
            kills++;
        }
    }

    void flapped(NodeFlap.Kind kind) {
        if (kind == NodeFlap.Kind.STOP) {
            stops++;
        } else {
            freezes++;
        }
    }

    void ranConcurrently() {
        concurrentRuns++;
    }

    void failed(Throwable cause) {
        failure = cause;
    }

    int currentRound() {
        return currentRound;
    }

    int kills() {
        return kills;
    }

    int flaps() {
        return stops + freezes;
    }

    int concurrentRuns() {
        return concurrentRuns;
    }

    boolean convergedEveryRound() {
        return failure == null && convergedRounds == settings.rounds();
    }

    @Override
    public String toString() {
        long seconds = (System.nanoTime() - startedAt) / 1_000_000_000L;
        String outcome = failure == null ? (convergedEveryRound() ? "converged after every round" : "not finished")
                : "failed " + (currentRound == 0 ? "in the reference run" : "in round " + currentRound) + ": " + failure;
        return "Chaos soak: " + convergedRounds + " of " + settings.rounds() + " rounds converged, " + outcome + "\n"
                + "  kills (SIGKILL of a running runner): " + kills + " (of " + killAttempts + " attempts)\n"
                + "  node flaps: " + flaps() + " (" + stops + " stop/start, " + freezes + " SIGSTOP/SIGCONT)\n"
                + "  concurrent runs (two runners at once): " + concurrentRuns + "\n"
                + "  seed: " + settings.seed() + " (replay: " + settings.replay() + ")\n"
                + "  duration: " + seconds / 60 + " min " + seconds % 60 + " s";
    }
}
