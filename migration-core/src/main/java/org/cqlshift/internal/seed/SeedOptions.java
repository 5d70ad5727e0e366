package org.cqlshift.internal.seed;

import org.cqlshift.api.seed.SeedMode;
import java.util.Objects;

/** What one seed run does. Immutable; start from {@link #builder()}. */
public final class SeedOptions {

    /** Requests in flight at once; measured on one local node, 256 to 1024 single inserts keep it busy. */
    public static final int DEFAULT_CONCURRENCY = 512;

    private final SeedMode mode;
    private final boolean force;
    private final int concurrency;

    private SeedOptions(Builder builder) {
        this.mode = builder.mode;
        this.force = builder.force;
        this.concurrency = builder.concurrency;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Upsert, skipping unchanged files. */
    public static SeedOptions defaults() {
        return builder().build();
    }

    public SeedMode mode() {
        return mode;
    }

    /** Whether files recorded in the seed history with the same checksum are loaded again. */
    public boolean force() {
        return force;
    }

    public int concurrency() {
        return concurrency;
    }

    @Override
    public String toString() {
        return "SeedOptions{mode=" + mode + ", force=" + force + ", concurrency=" + concurrency + "}";
    }

    public static final class Builder {
        private SeedMode mode = SeedMode.UPSERT;
        private boolean force;
        private int concurrency = DEFAULT_CONCURRENCY;

        private Builder() {
        }

        public Builder mode(SeedMode mode) {
            this.mode = Objects.requireNonNull(mode, "mode");
            return this;
        }

        public Builder force(boolean force) {
            this.force = force;
            return this;
        }

        public Builder concurrency(int concurrency) {
            if (concurrency < 1) {
                throw new IllegalArgumentException("concurrency must be at least 1, found " + concurrency);
            }
            this.concurrency = concurrency;
            return this;
        }

        public SeedOptions build() {
            return new SeedOptions(this);
        }
    }
}
