package org.cqlshift.internal.migration;

import java.time.Duration;
import java.util.Objects;
import java.util.OptionalInt;

/** How {@code migrate} runs. Immutable; start from {@link #builder()} or {@link #defaults()}. */
public final class MigrateOptions {

    private final boolean dryRun;
    private final Integer target;
    private final Duration lockWaitTimeout;
    private final boolean releaseLockOnShutdown;

    private MigrateOptions(Builder builder) {
        this.dryRun = builder.dryRun;
        this.target = builder.target;
        this.lockWaitTimeout = builder.lockWaitTimeout;
        this.releaseLockOnShutdown = builder.releaseLockOnShutdown;
    }

    public static MigrateOptions defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Print the pending statements, resolved, and change nothing. */
    public boolean dryRun() {
        return dryRun;
    }

    /** The highest version to apply; all pending scripts when empty. */
    public OptionalInt target() {
        return target == null ? OptionalInt.empty() : OptionalInt.of(target);
    }

    /** How long to wait for another runner's migration lock before giving up. */
    public Duration lockWaitTimeout() {
        return lockWaitTimeout;
    }

    /**
     * Whether a JVM shutdown hook releases the lock if the process is stopped (SIGTERM) mid-migration.
     * Command-line front ends want this; an application embedding the engine may not.
     */
    public boolean releaseLockOnShutdown() {
        return releaseLockOnShutdown;
    }

    public static final class Builder {
        private boolean dryRun;
        private Integer target;
        private Duration lockWaitTimeout = Duration.ofMinutes(10);
        private boolean releaseLockOnShutdown;

        private Builder() {
        }

        public Builder dryRun(boolean dryRun) {
            this.dryRun = dryRun;
            return this;
        }

        public Builder target(int version) {
            if (version < 0) {
                throw new IllegalArgumentException("target version must not be negative, found " + version);
            }
            this.target = version;
            return this;
        }

        public Builder lockWaitTimeout(Duration timeout) {
            Objects.requireNonNull(timeout, "timeout");
            if (timeout.isNegative()) {
                throw new IllegalArgumentException("lock wait timeout must not be negative, found " + timeout);
            }
            this.lockWaitTimeout = timeout;
            return this;
        }

        public Builder releaseLockOnShutdown(boolean release) {
            this.releaseLockOnShutdown = release;
            return this;
        }

        public MigrateOptions build() {
            return new MigrateOptions(this);
        }
    }
}
