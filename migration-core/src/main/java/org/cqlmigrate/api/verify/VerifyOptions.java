package org.cqlmigrate.api.verify;

import java.util.ArrayList;
import java.util.List;

/** What to verify. Immutable; build with {@link #builder()}. */
public final class VerifyOptions {

    private final List<String> tables;

    private VerifyOptions(Builder builder) {
        this.tables = List.copyOf(builder.tables);
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

    public static final class Builder {
        private final List<String> tables = new ArrayList<>();

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

        public VerifyOptions build() {
            return new VerifyOptions(this);
        }
    }
}
