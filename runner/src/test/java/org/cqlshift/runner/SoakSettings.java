package org.cqlshift.runner;

import java.util.Random;

/**
 * How much chaos a soak run deals out: the seed of its faults and how many of each. Read from system properties
 * ({@code soak.seed}, {@code soak.rounds}, {@code soak.kills}, {@code soak.flaps}, {@code soak.concurrent}), so that
 * the same test runs the short soak of every build and the full one of {@code -Psoak}, and a failed run can be
 * replayed with its seed.
 */
record SoakSettings(long seed, int rounds, int kills, int flaps, int concurrentRuns) {

    /** The short soak that every {@code mvn verify} runs. */
    static SoakSettings fromSystemProperties() {
        int kills = Integer.getInteger("soak.kills", 5);
        int flaps = Integer.getInteger("soak.flaps", 2);
        int concurrentRuns = Integer.getInteger("soak.concurrent", 1);
        // A round holds at most one flap and one concurrent run.
        int rounds = Math.max(Integer.getInteger("soak.rounds", 2), Math.max(flaps, concurrentRuns));
        String seed = System.getProperty("soak.seed");
        return new SoakSettings(seed == null || seed.isBlank() ? new Random().nextLong() : Long.parseLong(seed.trim()),
                rounds, kills, flaps, concurrentRuns);
    }

    String replay() {
        return "-Dsoak.seed=" + seed + " -Dsoak.rounds=" + rounds + " -Dsoak.kills=" + kills + " -Dsoak.flaps=" + flaps
                + " -Dsoak.concurrent=" + concurrentRuns;
    }
}
