package org.cqlshift.internal.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;

/** What to verify. Immutable; build with {@link #builder()}. */
public final class VerifyOptions {

    private final List<String> tables;
    private final BooleanSupplier stopWhen;

    private VerifyOptions(Builder builder) {
        this.tables = List.copyOf(builder.tables);
        this.stopWhen = builder.stopWhen;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Every user table of the keyspace. */
    public static VerifyOptions allTables() {
        return builder().build();
    }

    /** The tables to verify; empty means every table of the keyspace except the tool's own. */
    public List<String> tables() {
        return tables;
    }

    /**
     * Asked between tables; when it answers true, verify stops there. The table in progress always
     * finishes, including the removal of its synthetic row.
     */
    public BooleanSupplier stopWhen() {
        return stopWhen;
    }

    public static final class Builder {
        private final List<String> tables = new ArrayList<>();
        private BooleanSupplier stopWhen = () -> false;

        private Builder() {
        }

        /** Adds tables by name; blank names are ignored so that an unset option can be passed as it is. */
        public Builder tables(List<String> names) {
            for (String name : names) {
                if (name != null && !name.isBlank()) {
                    tables.add(name.trim());
                }
            }
            return this;
        }

        public Builder stopWhen(BooleanSupplier condition) {
            this.stopWhen = Objects.requireNonNull(condition, "condition");
            return this;
        }

        public VerifyOptions build() {
            return new VerifyOptions(this);
        }
    }
}
