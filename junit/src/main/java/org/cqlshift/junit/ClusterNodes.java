package org.cqlshift.junit;

import java.nio.file.Path;
import org.cqlshift.api.config.Topology;
import org.cqlshift.embedded.CassandraArtifact;
import org.cqlshift.embedded.EmbeddedCluster;
import org.cqlshift.embedded.junit.CassandraExtension;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Embedded nodes in several datacenters for the test run, as {@value #TOPOLOGY_PARAMETER} describes them
 * ({@code dc1:2,dc2:1}), instead of the one shared node: started on first use, one after the other, and stopped
 * when the run ends. The tests connect to the first datacenter.
 */
final class ClusterNodes implements ExtensionContext.Store.CloseableResource {

    /** A system property or JUnit configuration parameter. */
    static final String TOPOLOGY_PARAMETER = "cqlshift.test.topology";
    /** Several nodes share the machine with the build: each gets less than a single node's default heap. */
    private static final String HEAP = "768m";
    /** Where the largest datacenters keep at most this many replicas. */
    private static final int MAX_REPLICAS = 3;

    private final EmbeddedCluster cluster;
    private final Topology topology;

    private ClusterNodes(EmbeddedCluster cluster, Topology topology) {
        this.cluster = cluster;
        this.topology = topology;
    }

    static ClusterNodes shared(ExtensionContext context, String topologyText) {
        return context.getRoot().getStore(ExtensionContext.Namespace.create(ClusterNodes.class))
                .getOrComputeIfAbsent(ClusterNodes.class, type -> start(topologyText), ClusterNodes.class);
    }

    private static ClusterNodes start(String text) {
        Topology topology;
        try {
            topology = Topology.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Invalid " + TOPOLOGY_PARAMETER + " '" + text + "': " + e.getMessage(), e);
        }
        Path directory = Path.of(System.getProperty(CassandraExtension.DIRECTORY_PROPERTY, "target/embedded-cassandra")
                + "-" + topology.toString().replaceAll("[^A-Za-z0-9_.-]", "_"));
        EmbeddedCluster cluster = EmbeddedCluster.builder().datacenters(topology.nodesByDatacenter())
                .directory(directory)
                .eachNode(node -> node
                        .version(System.getProperty(CassandraExtension.VERSION_PROPERTY,
                                CassandraArtifact.DEFAULT_VERSION))
                        .javaHome(Path.of(System.getProperty(CassandraExtension.JAVA_HOME_PROPERTY,
                                System.getProperty("java.home"))))
                        .heap(HEAP)
                        .startupTimeout(CassandraExtension.STARTUP_TIMEOUT))
                .build();
        cluster.start();
        return new ClusterNodes(cluster, topology);
    }

    TestNode node() {
        return new TestNode(cluster.node(1).contactPoint(), cluster.localDatacenter());
    }

    /** {@code NetworkTopologyStrategy} with a replica on each node of every datacenter, up to three. */
    String replication() {
        StringBuilder replication = new StringBuilder("NetworkTopologyStrategy:");
        topology.nodesByDatacenter().forEach((datacenter, nodes) -> replication
                .append(replication.charAt(replication.length() - 1) == ':' ? "" : ",")
                .append(datacenter).append('=').append(Math.min(nodes, MAX_REPLICAS)));
        return replication.toString();
    }

    @Override
    public void close() {
        cluster.stop();
    }
}
