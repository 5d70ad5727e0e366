package org.cqlshift.internal.seed;

import java.util.Objects;
import org.cqlshift.api.seed.SeedMode;

/**
 * What one seed run does: how rows reach their tables, whether unchanged files load again, and how many write
 * requests are in flight at once.
 */
public record SeedOptions(SeedMode mode, boolean force, int concurrency) {

    public SeedOptions {
        Objects.requireNonNull(mode, "mode");
        if (concurrency < 1) {
            throw new IllegalArgumentException("concurrency must be at least 1, found " + concurrency);
        }
    }
}
