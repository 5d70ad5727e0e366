package org.cqlshift.runner;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Which faults each round of a soak gets, drawn from the seeded random: kills spread over the rounds, at most one
 * node flap per round (stops and freezes in turn), and the rounds whose clean run is two runners at once.
 */
final class SoakPlan {

    private final int[] kills;
    private final NodeFlap.Kind[] flaps;
    private final Set<Integer> concurrent;

    private SoakPlan(int[] kills, NodeFlap.Kind[] flaps, Set<Integer> concurrent) {
        this.kills = kills;
        this.flaps = flaps;
        this.concurrent = concurrent;
    }

    static SoakPlan draw(SoakSettings settings, Random random) {
        int rounds = settings.rounds();
        int[] kills = new int[rounds + 1];
        for (int kill = 0; kill < settings.kills(); kill++) {
            kills[1 + random.nextInt(rounds)]++;
        }
        NodeFlap.Kind[] flaps = new NodeFlap.Kind[rounds + 1];
        int first = random.nextInt(2);
        List<Integer> flapRounds = someRounds(rounds, settings.flaps(), random);
        for (int i = 0; i < flapRounds.size(); i++) {
            flaps[flapRounds.get(i)] = NodeFlap.Kind.values()[(first + i) % 2];
        }
        return new SoakPlan(kills, flaps, new HashSet<>(someRounds(rounds, settings.concurrentRuns(), random)));
    }

    private static List<Integer> someRounds(int rounds, int count, Random random) {
        List<Integer> all = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            all.add(round);
        }
        Collections.shuffle(all, random);
        return all.subList(0, Math.min(count, rounds));
    }

    int kills(int round) {
        return kills[round];
    }

    /** The round's flap, or null. */
    NodeFlap.Kind flap(int round) {
        return flaps[round];
    }

    boolean concurrent(int round) {
        return concurrent.contains(round);
    }
}
