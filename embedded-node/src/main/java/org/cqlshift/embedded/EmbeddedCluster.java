package org.cqlshift.embedded;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Several real Cassandra nodes forming one cluster on this machine: node {@code i} (from 1) listens on
 * {@code 127.0.0.<firstHost + i - 1>}, all on the same native and storage ports, and the first node is the
 * only seed. Each node keeps its own directory, {@code <directory>/node<i>}. With {@link Builder#datacenters(Map)}
 * the nodes are spread over datacenters in the order given ({@code dc1:2,dc2:1}: nodes 1 and 2 in dc1, node 3 in
 * dc2), each in rack {@code rack1}, with {@code GossipingPropertyFileSnitch}.
 *
 * <pre>{@code
 * try (EmbeddedCluster cluster = EmbeddedCluster.builder().nodes(3).directory(Path.of("target/cluster"))
 *         .eachNode(node -> node.version("5.0.9").heap("768m")).build()) {
 *     cluster.start();
 *     CqlSession.builder().addContactPoints(cluster.contactPoints())...
 * }
 * }</pre>
 */
public final class EmbeddedCluster implements AutoCloseable {

    private final List<EmbeddedCassandra> nodes;

    private EmbeddedCluster(List<EmbeddedCassandra> nodes) {
        this.nodes = List.copyOf(nodes);
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts the nodes one after the other, the seed first, each once the one before answers CQL: nodes
     * joining together could pick their tokens from an incomplete view of the ring.
     */
    public EmbeddedCluster start() {
        try {
            nodes.forEach(EmbeddedCassandra::start);
        } catch (RuntimeException e) {
            stop();
            throw e;
        }
        return this;
    }

    /** Stops every node still running. */
    public void stop() {
        RuntimeException failure = null;
        for (EmbeddedCassandra node : nodes) {
            try {
                node.stop();
            } catch (RuntimeException e) {
                failure = failure == null ? e : failure;
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    @Override
    public void close() {
        stop();
    }

    /** The nodes, the seed first. */
    public List<EmbeddedCassandra> nodes() {
        return nodes;
    }

    /** Node {@code number}, counted from 1 as in the directory names. */
    public EmbeddedCassandra node(int number) {
        return nodes.get(number - 1);
    }

    public List<InetSocketAddress> contactPoints() {
        return nodes.stream().map(EmbeddedCassandra::contactPoint).collect(Collectors.toList());
    }

    /** {@code host:port,host:port...}, as the {@code cassandra.contactPoints} setting writes it. */
    public String contactPointsText() {
        return nodes.stream().map(EmbeddedCassandra::contactPointText).collect(Collectors.joining(","));
    }

    /** The first node's datacenter: the one a client of the cluster treats as local by default. */
    public String localDatacenter() {
        return nodes.get(0).localDatacenter();
    }

    /** Options of a cluster; {@link #directory(Path)} is required. */
    public static final class Builder {

        private int size = 3;
        private int firstHost = 2;
        private Path directory;
        private Map<String, Integer> datacenters = Map.of();
        private Consumer<EmbeddedCassandra.Builder> eachNode = node -> { };

        private Builder() {
        }

        /** How many nodes, all in one datacenter; default 3. */
        public Builder nodes(int size) {
            if (size < 1 || size > 250) {
                throw new IllegalArgumentException("a cluster has 1 to 250 nodes, not " + size);
            }
            this.size = size;
            this.datacenters = Map.of();
            return this;
        }

        /**
         * How many nodes in each datacenter, in order: the first datacenter's nodes come first, and its first node is
         * the seed. Replaces {@link #nodes(int)}.
         */
        public Builder datacenters(Map<String, Integer> nodesByDatacenter) {
            if (nodesByDatacenter.isEmpty()) {
                throw new IllegalArgumentException("a topology names at least one datacenter");
            }
            nodesByDatacenter.forEach((datacenter, count) -> {
                if (count == null || count < 1) {
                    throw new IllegalArgumentException("datacenter " + datacenter + " needs at least 1 node, not "
                            + count);
                }
            });
            nodes(nodesByDatacenter.values().stream().mapToInt(Integer::intValue).sum());
            this.datacenters = Collections.unmodifiableMap(new LinkedHashMap<>(nodesByDatacenter));
            return this;
        }

        /** The last byte of the first node's address, 127.0.0.{@code firstHost}; default 2. */
        public Builder firstHost(int firstHost) {
            if (firstHost < 1 || firstHost > 254) {
                throw new IllegalArgumentException("firstHost must be 1-254, not " + firstHost);
            }
            this.firstHost = firstHost;
            return this;
        }

        /** Holds one directory per node. */
        public Builder directory(Path directory) {
            this.directory = Objects.requireNonNull(directory, "directory");
            return this;
        }

        /**
         * Settings every node shares, on each node's {@link EmbeddedCassandra.Builder}: version, heap, start-up
         * timeout (default 5 minutes here, since several nodes load the machine), JDK, cassandra.yaml entries.
         * The cluster then sets what tells the nodes apart and joins them: directory, address, ports, seed.
         */
        public Builder eachNode(Consumer<EmbeddedCassandra.Builder> settings) {
            this.eachNode = Objects.requireNonNull(settings, "settings");
            return this;
        }

        public EmbeddedCluster build() {
            if (directory == null) {
                throw new IllegalStateException("The cluster directory is required: call directory(Path).");
            }
            if (firstHost + size - 1 > 254) {
                throw new IllegalArgumentException(size + " nodes from 127.0.0." + firstHost + " run past 127.0.0.254");
            }
            List<String> hosts = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                hosts.add("127.0.0." + (firstHost + i));
            }
            int nativePort = portFreeOnAll(hosts);
            int storagePort = portFreeOnAll(hosts);
            String seed = CassandraYaml.quoted(CassandraYaml.hostAndPort(hosts.get(0), storagePort));
            List<String> placements = new ArrayList<>();
            datacenters.forEach((datacenter, count) -> placements.addAll(Collections.nCopies(count, datacenter)));
            List<EmbeddedCassandra> nodes = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                EmbeddedCassandra.Builder node = EmbeddedCassandra.builder().startupTimeout(Duration.ofMinutes(5));
                eachNode.accept(node);
                if (!placements.isEmpty()) {
                    node.datacenter(placements.get(i), EmbeddedCassandra.Placement.DEFAULT_RACK);
                }
                node.directory(directory.resolve("node" + (i + 1)))
                        .listenAddress(hosts.get(i))
                        .nativePort(nativePort)
                        .yamlEntry("storage_port", String.valueOf(storagePort))
                        .yamlEntry("seed_provider", "[{class_name: org.apache.cassandra.locator.SimpleSeedProvider,"
                                + " parameters: [{seeds: " + seed + "}]}]");
                nodes.add(node.build());
            }
            return new EmbeddedCluster(nodes);
        }

        /** A port nothing listens on at any of the addresses, so that every node can use it. */
        private static int portFreeOnAll(List<String> hosts) {
            for (int attempt = 0; attempt < 50; attempt++) {
                int candidate;
                try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(hosts.get(0)))) {
                    candidate = socket.getLocalPort();
                } catch (IOException e) {
                    throw new EmbeddedCassandraException("Cannot open a port on " + hosts.get(0) + ": " + e.getMessage(), e);
                }
                if (hosts.stream().allMatch(host -> isFree(host, candidate))) {
                    return candidate;
                }
            }
            throw new EmbeddedCassandraException("Found no port free on all of " + hosts + ".");
        }

        private static boolean isFree(String host, int port) {
            try {
                return FreePorts.isFree(InetAddress.getByName(host), port);
            } catch (IOException e) {
                return false;
            }
        }
    }
}
