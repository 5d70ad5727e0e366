package org.cqlshift.junit;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.cassandra.CassandraContainer;

/** One container of Testcontainers' Cassandra image for the test run; kept apart so that Testcontainers stays optional. */
final class ContainerNode implements ExtensionContext.Store.CloseableResource {

    /** The image, overridable with this system property or JUnit configuration parameter. */
    static final String IMAGE_PARAMETER = "cqlshift.test.image";
    private static final String DEFAULT_IMAGE = "cassandra:5.0";

    private final CassandraContainer container;

    private ContainerNode(CassandraContainer container) {
        this.container = container;
    }

    static boolean dockerAvailable() {
        return DockerClientFactory.instance().isDockerAvailable();
    }

    static TestNode shared(ExtensionContext context) {
        ContainerNode node = context.getRoot().getStore(ExtensionContext.Namespace.create(ContainerNode.class))
                .getOrComputeIfAbsent(ContainerNode.class, type -> start(context), ContainerNode.class);
        return new TestNode(node.container.getContactPoint(), node.container.getLocalDatacenter());
    }

    private static ContainerNode start(ExtensionContext context) {
        CassandraContainer container = new CassandraContainer(
                context.getConfigurationParameter(IMAGE_PARAMETER).orElse(DEFAULT_IMAGE));
        container.start();
        return new ContainerNode(container);
    }

    @Override
    public void close() {
        container.stop();
    }
}
