package org.cqlshift.internal.export;

import org.cqlshift.api.config.Setting;
import org.cqlshift.api.export.ExportFormat;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/** What one export writes. Immutable; start from {@link #builder(String, Path)}. */
public final class ExportOptions {

    private final String table;
    private final String where;
    private final ExportFormat format;
    private final Path output;
    private final int pageSize;

    private ExportOptions(Builder builder) {
        this.table = builder.table;
        this.where = builder.where;
        this.format = builder.format;
        this.output = builder.output;
        this.pageSize = builder.pageSize;
    }

    /** {@code table} is {@code name} (in the configured keyspace) or {@code keyspace.name}. */
    public static Builder builder(String table, Path output) {
        return new Builder(table, output);
    }

    public String table() {
        return table;
    }

    /** A CQL condition restricting the rows, as written after {@code WHERE}. */
    public Optional<String> where() {
        return Optional.ofNullable(where);
    }

    public ExportFormat format() {
        return format;
    }

    public Path output() {
        return output;
    }

    public int pageSize() {
        return pageSize;
    }

    @Override
    public String toString() {
        return "ExportOptions{table=" + table + ", where=" + where + ", format=" + format + ", output=" + output
                + ", pageSize=" + pageSize + "}";
    }

    public static final class Builder {
        private final String table;
        private final Path output;
        private String where;
        private ExportFormat format = ExportFormat.YAML;
        private int pageSize = (Integer) Setting.EXPORT_PAGE_SIZE.typedDefault().orElseThrow();

        private Builder(String table, Path output) {
            if (table == null || table.isBlank()) {
                throw new IllegalArgumentException("an export needs a table");
            }
            this.table = table.trim();
            this.output = Objects.requireNonNull(output, "output");
        }

        /** Null or blank means the whole table. */
        public Builder where(String where) {
            this.where = where == null || where.isBlank() ? null : where.trim();
            return this;
        }

        public Builder format(ExportFormat format) {
            this.format = Objects.requireNonNull(format, "format");
            return this;
        }

        public Builder pageSize(int pageSize) {
            if (pageSize < 1) {
                throw new IllegalArgumentException("the page size must be at least 1, found " + pageSize);
            }
            this.pageSize = pageSize;
            return this;
        }

        public ExportOptions build() {
            return new ExportOptions(this);
        }
    }
}
