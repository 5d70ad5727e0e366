package org.cqlshift.internal.retry;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * The pauses between attempts at something that may succeed later: a first pause, doubled after each retry up to
 * a longest one (the same for a fixed pause), optionally with up to as much again at random, so that several
 * processes waiting for the same thing do not retry in step. {@link #until} bounds the attempts by a deadline.
 */
public final class Backoff {

    private final Duration first;
    private final Duration longest;
    private final boolean jitter;

    private Backoff(Duration first, Duration longest, boolean jitter) {
        this.first = first;
        this.longest = longest;
        this.jitter = jitter;
    }

    /** The same pause before every retry. */
    public static Backoff fixed(Duration pause) {
        return new Backoff(pause, pause, false);
    }

    /** A pause that doubles after each retry, from {@code first} up to {@code longest}. */
    public static Backoff doubling(Duration first, Duration longest) {
        return new Backoff(first, longest, false);
    }

    /** The same pauses, each lengthened by up to as much again at random. */
    public Backoff withJitter() {
        return new Backoff(first, longest, true);
    }

    /** The pause before retry number {@code retry}, counted from 1. */
    public Duration pause(int retry) {
        long millis = first.toMillis() << Math.min(Math.max(retry, 1) - 1, 30);
        millis = millis < 0 ? longest.toMillis() : Math.min(longest.toMillis(), millis);
        if (jitter && millis > 0) {
            millis += ThreadLocalRandom.current().nextLong(millis);
        }
        return Duration.ofMillis(millis);
    }

    /** Attempts until {@code timeout} from now, pausing with {@link Thread#sleep}. */
    public Deadline until(Duration timeout) {
        return until(timeout, Clock.systemUTC(), pause -> TimeUnit.MILLISECONDS.sleep(pause.toMillis()));
    }

    /** Attempts until {@code timeout} from the clock's now, pausing with the sleeper (a test's clock and sleeper). */
    public Deadline until(Duration timeout, Clock clock, Sleeper sleeper) {
        return new Deadline(clock.instant().plus(timeout), clock, sleeper);
    }

    /** Pauses between attempts. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration pause) throws InterruptedException;
    }

    /** One run of attempts against a deadline; not thread-safe. */
    public final class Deadline {
        private final Instant end;
        private final Clock clock;
        private final Sleeper sleeper;
        private int retries;

        private Deadline(Instant end, Clock clock, Sleeper sleeper) {
            this.end = end;
            this.clock = clock;
            this.sleeper = sleeper;
        }

        /** Whether no time is left for another attempt. */
        public boolean passed() {
            return !clock.instant().isBefore(end);
        }

        /** The time left, zero once the deadline has passed. */
        public Duration left() {
            Duration left = Duration.between(clock.instant(), end);
            return left.isNegative() ? Duration.ZERO : left;
        }

        /** The pause before the next attempt, never past the deadline; counts one retry. */
        public Duration nextPause() {
            retries++;
            Duration pause = Backoff.this.pause(retries);
            Duration left = left();
            return pause.compareTo(left) < 0 ? pause : left;
        }

        /** Sleeps a pause that {@link #nextPause()} gave. */
        public void sleep(Duration pause) throws InterruptedException {
            sleeper.sleep(pause);
        }

        /** Sleeps the next pause and returns true; returns false at once when the deadline has passed. */
        public boolean pause() throws InterruptedException {
            if (passed()) {
                return false;
            }
            sleep(nextPause());
            return true;
        }

        /**
         * As {@link #pause()}, for a wait that gives up when its thread is interrupted: returns false then too, the
         * thread still marked interrupted.
         */
        public boolean pauseUnlessInterrupted() {
            try {
                return pause();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }
}
