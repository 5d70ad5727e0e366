package org.cqlshift.maven;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.cqlshift.embedded.CassandraArtifact;
import org.cqlshift.embedded.CassandraClasspath;
import org.cqlshift.embedded.EmbeddedCassandraException;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.collection.CollectRequest;
import org.eclipse.aether.graph.Dependency;
import org.eclipse.aether.graph.DependencyFilter;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactResult;
import org.eclipse.aether.resolution.DependencyRequest;
import org.eclipse.aether.resolution.DependencyResolutionException;

/**
 * Resolves cassandra-all with the running build's resolver: its local repository, settings (mirrors, proxies,
 * offline mode) and the project's remote repositories.
 */
final class ProjectRepositoriesClasspath implements CassandraClasspath {

    private static final String RUNTIME = "runtime";
    private static final Set<String> RUNTIME_SCOPES = Set.of("compile", RUNTIME);
    /** The runtime classpath: what Maven Resolver's classpath filter for "runtime" keeps. */
    private static final DependencyFilter RUNTIME_CLASSPATH = (node, parents) ->
            node.getDependency() == null || RUNTIME_SCOPES.contains(node.getDependency().getScope());

    private final RepositorySystem system;
    private final RepositorySystemSession session;
    private final List<RemoteRepository> repositories;

    ProjectRepositoriesClasspath(RepositorySystem system, RepositorySystemSession session,
                                 List<RemoteRepository> repositories) {
        this.system = system;
        this.session = session;
        this.repositories = List.copyOf(repositories);
    }

    @Override
    public List<Path> resolve(String version) {
        String coordinates = CassandraArtifact.COORDINATES + ":" + version;
        CollectRequest collect = new CollectRequest(new Dependency(new DefaultArtifact(coordinates), RUNTIME), repositories);
        try {
            List<Path> jars = new ArrayList<>();
            for (ArtifactResult result : system.resolveDependencies(session, new DependencyRequest(collect, RUNTIME_CLASSPATH))
                    .getArtifactResults()) {
                jars.add(result.getArtifact().getFile().toPath());
            }
            return jars;
        } catch (DependencyResolutionException e) {
            throw new EmbeddedCassandraException("Cannot resolve " + coordinates + " from the project's repositories "
                    + repositories.stream().map(RemoteRepository::getUrl).toList() + ": " + e.getMessage()
                    + ". Check the version exists, and that the build is not offline before it has been downloaded once.",
                    e);
        }
    }
}
