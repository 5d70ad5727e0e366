package org.cqlshift.embedded;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.repository.internal.MavenRepositorySystemUtils;
import org.eclipse.aether.DefaultRepositorySystemSession;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.collection.CollectRequest;
import org.eclipse.aether.graph.Dependency;
import org.eclipse.aether.repository.LocalRepository;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactResult;
import org.eclipse.aether.resolution.DependencyRequest;
import org.eclipse.aether.resolution.DependencyResolutionException;
import org.eclipse.aether.supplier.RepositorySystemSupplier;
import org.eclipse.aether.util.artifact.JavaScopes;
import org.eclipse.aether.util.filter.DependencyFilterUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Resolves cassandra-all with Maven Resolver against Maven Central, outside of any Maven build. */
final class MavenCentralClasspath implements CassandraClasspath {

    static final String CENTRAL_URL = "https://repo.maven.apache.org/maven2/";

    private static final Logger LOG = LoggerFactory.getLogger(MavenCentralClasspath.class);

    @Override
    public List<Path> resolve(String version) {
        Path localRepository = localRepository();
        LOG.info("Resolving {}:{} from Maven Central into {}", CassandraArtifact.COORDINATES, version, localRepository);
        RepositorySystem system = new RepositorySystemSupplier().get();
        try {
            DefaultRepositorySystemSession session = MavenRepositorySystemUtils.newSession();
            session.setSystemProperties(System.getProperties());
            session.setLocalRepositoryManager(
                    system.newLocalRepositoryManager(session, new LocalRepository(localRepository.toFile())));
            RemoteRepository central = new RemoteRepository.Builder("central", "default", CENTRAL_URL).build();
            CollectRequest collect = new CollectRequest(
                    new Dependency(new DefaultArtifact(CassandraArtifact.COORDINATES + ":" + version), JavaScopes.RUNTIME),
                    List.of(central));
            DependencyRequest request = new DependencyRequest(collect, DependencyFilterUtils.classpathFilter(JavaScopes.RUNTIME));
            List<Path> jars = new ArrayList<>();
            for (ArtifactResult result : system.resolveDependencies(session, request).getArtifactResults()) {
                jars.add(result.getArtifact().getFile().toPath());
            }
            return jars;
        } catch (DependencyResolutionException e) {
            throw new EmbeddedCassandraException("Cannot resolve " + CassandraArtifact.COORDINATES + ":" + version
                    + " from " + CENTRAL_URL + " (local repository " + localRepository + "): " + e.getMessage()
                    + ". Check the version exists on Maven Central and that this machine can reach it.", e);
        } finally {
            system.shutdown();
        }
    }

    static Path localRepository() {
        String configured = System.getProperty("maven.repo.local");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath();
        }
        return Path.of(System.getProperty("user.home"), ".m2", "repository");
    }
}
