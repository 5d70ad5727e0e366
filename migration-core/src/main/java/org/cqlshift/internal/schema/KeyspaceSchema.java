package org.cqlshift.internal.schema;

import java.util.Map;
import java.util.Objects;

/**
 * One keyspace's schema, normalized: what a cluster sets on its own (ids, internal flags, drop times) is left out,
 * options equal to the server's defaults are left out, class names are written without their package, and every
 * collection is sorted. Two keyspaces built by the same CQL are equal, on any cluster and on 4.1, 5.0 or 6.0.
 * The tool's own tables (the migration and seed history) are not part of it.
 *
 * @param replication option to value, the class without its package: {@code class -> SimpleStrategy}; empty when
 *                    the CQL a schema was built from does not say (the keyspace was created by hand)
 * @param options     the keyspace's other options that differ from the defaults (Cassandra 6's {@code fast_path})
 * @param functions   keyed by signature, {@code plus(int, int)}
 * @param aggregates  keyed by signature
 */
public record KeyspaceSchema(String name, Map<String, String> replication, boolean durableWrites,
                             Map<String, String> options, Map<String, UserType> types,
                             Map<String, FunctionSchema> functions, Map<String, AggregateSchema> aggregates,
                             Map<String, TableSchema> tables, Map<String, ViewSchema> views) {

    public KeyspaceSchema {
        Objects.requireNonNull(name, "name");
        replication = TableSchema.sorted(replication);
        options = TableSchema.sorted(options);
        types = TableSchema.sorted(types);
        functions = TableSchema.sorted(functions);
        aggregates = TableSchema.sorted(aggregates);
        tables = TableSchema.sorted(tables);
        views = TableSchema.sorted(views);
    }

    /** The same schema under another keyspace name, to compare schemas built under different names. */
    public KeyspaceSchema named(String newName) {
        return new KeyspaceSchema(newName, replication, durableWrites, options, types, functions, aggregates, tables,
                views);
    }

    public KeyspaceSchema withReplication(Map<String, String> newReplication) {
        return new KeyspaceSchema(name, newReplication, durableWrites, options, types, functions, aggregates, tables,
                views);
    }
}
