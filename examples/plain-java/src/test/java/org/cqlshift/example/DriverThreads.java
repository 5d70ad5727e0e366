package org.cqlshift.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The threads of driver sessions (named after the session: {@code cqlshift-io-0}, {@code s3-admin-1}) and of
 * cqlshift itself ({@code cqlshift-lock-renewal}) that were started after a snapshot.
 */
final class DriverThreads {

    private static final Pattern OURS = Pattern.compile("(s\\d+|cqlshift)-.*");
    /** A closed session's threads end moments after its close returns. */
    private static final Duration END_WITHIN = Duration.ofSeconds(10);

    private final Set<Thread> before = Thread.getAllStackTraces().keySet();

    /** Waits up to a deadline for the threads started since the snapshot to end, then asserts that none runs. */
    void assertNoneLeft() throws InterruptedException {
        long deadline = System.nanoTime() + END_WITHIN.toNanos();
        for (Thread thread : started()) {
            thread.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
        }
        assertThat(started()).extracting(Thread::getName).as("driver and cqlshift threads left running").isEmpty();
    }

    private List<Thread> started() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> !before.contains(thread) && thread.isAlive())
                .filter(thread -> OURS.matcher(thread.getName()).matches())
                .toList();
    }
}
