package org.cqlshift.internal.seed;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.BoundStatement;
import com.datastax.oss.driver.api.core.metadata.Node;
import com.datastax.oss.driver.api.core.metadata.TokenMap;
import com.datastax.oss.driver.api.core.type.DataType;
import com.datastax.oss.driver.api.core.type.DataTypes;
import com.datastax.oss.driver.api.core.type.ListType;
import com.datastax.oss.driver.api.core.type.MapType;
import com.datastax.oss.driver.api.core.type.SetType;
import com.datastax.oss.driver.api.core.type.UserDefinedType;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Gathers the rows of the write pass into requests. Rows whose partitions live on the same replicas go
 * together in one batch, which the driver sends to one of those replicas: the coordinator then applies
 * every row locally and forwards them to the other replicas in one message each, instead of handling a
 * request per row. Where the replicas of a partition are not known (several nodes, and no replication
 * metadata for its keyspace), only rows of that same partition go together.
 */
final class WriteGroups {

    /**
     * Estimated bytes ({@link #serverSize}) per batch of several partitions, under the server's
     * batch_size_warn_threshold (5 KiB).
     */
    static final int MAX_BATCH_BYTES = 4 * 1024;

    /**
     * Estimated bytes per batch of one partition. The server checks no batch size on those, as they make a
     * single mutation (CASSANDRA-10876), and one mutation of many rows costs it a little less than several of
     * a few rows. Kept under batch_size_fail_threshold (50 KiB) all the same.
     */
    static final int MAX_PARTITION_BATCH_BYTES = 32 * 1024;

    /**
     * Partitions per batch: the server's default unlogged_batch_across_partitions_warn_threshold. Beyond it,
     * every batch draws a warning, which the driver logs with the batch's values.
     */
    static final int MAX_PARTITIONS = 10;

    /** Groups left open at once; beyond it the oldest is sent, so memory stays flat on any cluster. */
    private static final int MAX_OPEN_GROUPS = 256;

    /** The statements of one request, all on the same replicas. */
    static final class Group {
        private final List<BoundStatement> statements = new ArrayList<>();
        private final List<Partition> partitions = new ArrayList<>();
        private final boolean counter;
        private int bytes;

        private Group(boolean counter) {
            this.counter = counter;
        }

        List<BoundStatement> statements() {
            return statements;
        }

        /** The group's size as the server counts it ({@link #serverSize}). */
        int bytes() {
            return bytes;
        }

        /** Counter updates, which go in a COUNTER batch and are never retried. */
        boolean counter() {
            return counter;
        }

        private boolean fits(Partition partition, int rowBytes) {
            if (partitions.size() == 1 && partitions.get(0).equals(partition)) {
                return bytes + rowBytes <= MAX_PARTITION_BATCH_BYTES;
            }
            return bytes + rowBytes <= MAX_BATCH_BYTES
                    && (partitions.size() < MAX_PARTITIONS || partitions.contains(partition));
        }

        private void add(BoundStatement statement, Partition partition, int rowBytes) {
            statements.add(statement);
            if (!partitions.contains(partition)) {
                partitions.add(partition);
            }
            bytes += rowBytes;
        }
    }

    private record Key(Object replicas, boolean counter) {
    }

    private record Partition(TableSchema table, ByteBuffer routingKey) {
    }

    private static final Object ONE_NODE = new Object();

    private final CqlSession session;
    private final Map<Key, Group> open = new LinkedHashMap<>();
    private final Map<RowEncoder.Shape, CellCosts> cellCosts = new IdentityHashMap<>();

    WriteGroups(CqlSession session) {
        this.session = session;
    }

    /**
     * Adds a row; returns the groups that are complete and must be sent now (the row's group when the row
     * does not fit in it, or the oldest group when too many are open).
     */
    List<Group> add(BoundStatement statement, TableSchema table, boolean counter, int rowBytes) {
        Partition partition = new Partition(table, statement.getRoutingKey());
        Key key = new Key(replicas(statement, partition), counter);
        Group group = open.get(key);
        Group full = null;
        if (group != null && !group.fits(partition, rowBytes)) {
            full = open.remove(key);
            group = null;
        }
        Group oldest = null;
        if (group == null) {
            group = new Group(counter);
            open.put(key, group);
            if (open.size() > MAX_OPEN_GROUPS) {
                Iterator<Group> byAge = open.values().iterator();
                oldest = byAge.next();
                byAge.remove();
            }
        }
        group.add(statement, partition, rowBytes);
        if (full == null) {
            return oldest == null ? List.of() : List.of(oldest);
        }
        return oldest == null ? List.of(full) : List.of(full, oldest);
    }

    /** The groups still open, which are sent at the end. */
    List<Group> drain() {
        List<Group> rest = new ArrayList<>(open.values());
        open.clear();
        return rest;
    }

    /**
     * What the server counts of a row against batch_size_warn_threshold, or a little more: every cell's value
     * and 8-byte timestamp, where each element of a collection and each field of a UDT that is not frozen is
     * a cell of its own (a list element's with a 16-byte path) and a counter's value is a 36-byte context,
     * plus the row's own timestamp.
     */
    int serverSize(RowEncoder.EncodedRow row) {
        CellCosts costs = cellCosts.computeIfAbsent(row.shape(), CellCosts::of);
        ByteBuffer[] values = row.values();
        int bytes = 16;
        for (int i = 0; i < values.length; i++) {
            ByteBuffer value = values[i];
            if (value != null) {
                bytes += value.remaining() + costs.fixed[i];
                if (costs.perElement[i] > 0 && value.remaining() >= 4) {
                    bytes += value.getInt(value.position()) * costs.perElement[i];
                }
            }
        }
        return bytes;
    }

    /** Per bound column of a shape: bytes the server adds to the value, and per element of a collection. */
    private record CellCosts(int[] fixed, int[] perElement) {
        static CellCosts of(RowEncoder.Shape shape) {
            int[] bindColumns = shape.bindColumns();
            int[] fixed = new int[bindColumns.length];
            int[] perElement = new int[bindColumns.length];
            for (int i = 0; i < bindColumns.length; i++) {
                DataType type = shape.table().columns().get(bindColumns[i]).type();
                fixed[i] = 8;
                if (type.equals(DataTypes.COUNTER)) {
                    fixed[i] += 36;
                } else if (type instanceof UserDefinedType udt && !udt.isFrozen()) {
                    fixed[i] += 12 + udt.getFieldTypes().size() * 8;
                } else if (isMultiCell(type)) {
                    fixed[i] += 12;
                    perElement[i] = type instanceof ListType ? 24 : 8;
                }
            }
            return new CellCosts(fixed, perElement);
        }

        private static boolean isMultiCell(DataType type) {
            return type instanceof ListType list && !list.isFrozen() || type instanceof SetType set && !set.isFrozen()
                    || type instanceof MapType map && !map.isFrozen();
        }
    }

    /** What rows must share to go together: the one node, the partition's replicas, or else the partition. */
    private Object replicas(BoundStatement statement, Partition partition) {
        if (session.getMetadata().getNodes().size() == 1) {
            return ONE_NODE;
        }
        Optional<TokenMap> tokens = session.getMetadata().getTokenMap();
        if (tokens.isPresent() && statement.getRoutingKeyspace() != null) {
            Set<Node> replicas = tokens.get().getReplicas(statement.getRoutingKeyspace(), statement.getRoutingKey());
            if (!replicas.isEmpty()) {
                return replicas;
            }
        }
        return partition;
    }
}
