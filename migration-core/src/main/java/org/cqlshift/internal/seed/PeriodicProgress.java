package org.cqlshift.internal.seed;

import java.time.Duration;
import org.cqlshift.api.Reporter;
import org.cqlshift.api.seed.SeedListener;
import org.cqlshift.api.seed.SeedProgress;

/** Progress as a plain line through the reporter every few seconds: right for build logs. */
public final class PeriodicProgress implements SeedListener {

    private final Reporter reporter;
    private final long intervalNanos;
    private long lastLine = System.nanoTime();

    public PeriodicProgress(Reporter reporter, Duration interval) {
        this.reporter = reporter;
        this.intervalNanos = interval.toNanos();
    }

    @Override
    public void fileStarted(String file) {
        lastLine = System.nanoTime();
    }

    @Override
    public void progress(SeedProgress progress) {
        long now = System.nanoTime();
        if (now - lastLine >= intervalNanos) {
            lastLine = now;
            reporter.info(progress.describe());
        }
    }
}
