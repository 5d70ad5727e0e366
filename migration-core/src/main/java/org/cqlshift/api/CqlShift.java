package org.cqlshift.api;

import com.datastax.oss.driver.api.core.CqlSession;
import java.util.function.Function;
import org.cqlshift.api.config.Configuration;
import org.cqlshift.api.export.ExportResult;
import org.cqlshift.api.lint.LintResult;
import org.cqlshift.api.migration.MigrationInfo;
import org.cqlshift.api.migration.MigrationResult;
import org.cqlshift.api.schema.SchemaDiff;
import org.cqlshift.api.schema.SchemaDocument;
import org.cqlshift.api.schema.SchemaSource;
import org.cqlshift.api.seed.SeedResult;
import org.cqlshift.api.verify.VerifyReport;
import org.cqlshift.internal.embedded.EmbeddedNodes;
import org.cqlshift.internal.session.CassandraConnection;
import org.cqlshift.internal.session.Datacenters;
import org.cqlshift.internal.session.ReplicaShortage;

/**
 * The one way in: configure once, then migrate, seed, verify, diff, lint. Every front end (the {@code cqlshift} command, the
 * Maven plugin, the Spring Boot starter, the JUnit extension) builds its configuration and runs its operations
 * through this class, as applications do.
 *
 * <pre>{@code
 * CqlShift shift = CqlShift.configure()
 *         .contactPoints("db1:9042").localDatacenter("dc1").keyspace("app")
 *         .migrations("classpath:db/cassandra")
 *         .load();
 * shift.migrate();
 * }</pre>
 *
 * Each operation connects for its own duration and closes what it opened, also when it fails: a session to the
 * contact points, or with {@link org.cqlshift.api.config.Setting#EMBEDDED} local nodes started for it. A session
 * given with {@link CqlShiftBuilder#session(CqlSession)} is used as it is and never closed. Failures are
 * {@link CqlShiftException}s; {@link CqlShiftException#failure()} says which kind.
 */
public final class CqlShift {

    private final Configuration configuration;
    private final CqlShiftBuilder.Loaded loaded;
    private final Operations operations;

    CqlShift(Configuration configuration, CqlShiftBuilder.Loaded loaded) {
        this.configuration = configuration;
        this.loaded = loaded;
        this.operations = new Operations(configuration, loaded);
    }

    public static CqlShiftBuilder configure() {
        return new CqlShiftBuilder();
    }

    /** The resolved settings this instance runs with. */
    public Configuration configuration() {
        return configuration;
    }

    /**
     * Applies the pending scripts, after checking that no applied script was edited and linting them (each finding
     * is reported as a warning); with {@link org.cqlshift.api.config.Setting#DRY_RUN} only prints them. The lint
     * findings a script opts out of are recorded with it.
     *
     * @throws org.cqlshift.api.migration.MigrationException when a script fails or the history does not match
     * @throws org.cqlshift.api.lint.LintException before anything runs, when lint finds an error and
     *     {@link org.cqlshift.api.config.Setting#LINT_ERRORS} is {@code fail}
     */
    public MigrationResult migrate() {
        return run(operations::migrate);
    }

    /** The state of every script and history entry; changes nothing. */
    public MigrationInfo info() {
        return run(operations::info);
    }

    /**
     * @throws org.cqlshift.api.migration.MigrationException naming each applied script that was edited or removed
     */
    public MigrationInfo validate() {
        return run(operations::validate);
    }

    /**
     * Marks an existing schema as migrated up to {@link org.cqlshift.api.config.Setting#BASELINE_VERSION}, to adopt
     * the tool on a live keyspace.
     */
    public MigrationInfo baseline() {
        return run(operations::baseline);
    }

    /**
     * After a hand fix, recording {@link org.cqlshift.api.config.Setting#REPAIR_REASON}: accepts edited applied
     * scripts, and clears failures so that migrate resumes after the statements recorded as done, or with
     * {@link org.cqlshift.api.config.Setting#MARK_APPLIED} records them as applied.
     */
    public MigrationInfo repair() {
        return run(operations::repair);
    }

    /**
     * Loads the seed files that are new or changed, each all or nothing.
     *
     * @throws org.cqlshift.api.seed.InvalidSeedException when a file cannot be loaded as written
     * @throws org.cqlshift.api.seed.SeedException when Cassandra fails a write
     */
    public SeedResult seed() {
        return run(operations::seed);
    }

    /**
     * A CRUD round trip on the configured tables, or every table of the keyspace.
     *
     * @return the report, which has passed
     * @throws org.cqlshift.api.verify.VerifyException carrying the report, when a table failed
     */
    public VerifyReport verify() {
        return run(operations::verify);
    }

    /**
     * Writes {@link org.cqlshift.api.config.Setting#EXPORT_TABLE} as a seed file that {@link #seed()} loads back.
     *
     * @throws org.cqlshift.api.export.ExportException when the table cannot be read or the file written
     */
    public ExportResult export() {
        return run(operations::export);
    }

    /**
     * Compares the live keyspace with the schema its applied scripts build, replayed on a throw-away node of the
     * cluster's release (or {@link org.cqlshift.api.config.Setting#EMBEDDED_VERSION}), or with the schema file of
     * {@link org.cqlshift.api.config.Setting#DIFF_AGAINST}. The throw-away node needs {@code cqlshift-embedded} on
     * the class path.
     *
     * @return the diff, which has no difference
     * @throws org.cqlshift.api.schema.SchemaDriftException carrying the diff, when the keyspace differs
     */
    public SchemaDiff diff() {
        return run(operations::diff);
    }

    /**
     * The keyspace's normalized schema as CQL, from the live keyspace or, with
     * {@link org.cqlshift.api.config.Setting#SCHEMA_FROM} {@code scripts}, from the scripts replayed on a throw-away
     * node without connecting; written to {@link org.cqlshift.api.config.Setting#SCHEMA_OUTPUT} when given.
     */
    public SchemaDocument schema() {
        return configuration.schemaFrom() == SchemaSource.SCRIPTS ? operations.schemaFromScripts()
                : run(operations::schema);
    }

    /**
     * Checks the pending scripts against the live keyspace and the cluster's release or, with
     * {@link org.cqlshift.api.config.Setting#LINT_OFFLINE}, every script without connecting.
     *
     * @throws org.cqlshift.api.lint.LintException carrying the result, when there is an error and
     *     {@link org.cqlshift.api.config.Setting#LINT_ERRORS} is {@code fail}
     */
    public LintResult lint() {
        return configuration.lintOffline() ? operations.lintOffline() : run(operations::lint);
    }

    /** Migrate, then seed, then verify, on one session; stops at the first failure by throwing it. */
    public UpResult up() {
        return run(operations::up);
    }

    /**
     * Starts the embedded nodes the settings describe and leaves them running, for a build's integration tests.
     *
     * @return the running nodes; closing them stops them
     */
    public RunningNodes startEmbedded() {
        EmbeddedNodes nodes = EmbeddedNodes.start(configuration, loaded.reporter(), loaded.cassandraClasspath());
        return new RunningNodes(nodes.contactPoints(), nodes.localDatacenter(), nodes::close);
    }

    /** Runs on the given session, or on one opened for the call, on embedded nodes started for it if asked. */
    private <T> T run(Function<CassandraConnection, T> operation) {
        if (loaded.session() != null) {
            return translated(operation, CassandraConnection.of(loaded.session(), configuration));
        }
        if (!configuration.embedded()) {
            try (CassandraConnection connection = CassandraConnection.open(configuration, loaded.reporter())) {
                return translated(operation, connection);
            }
        }
        try (EmbeddedNodes nodes = EmbeddedNodes.start(configuration, loaded.reporter(), loaded.cassandraClasspath());
             CassandraConnection connection = CassandraConnection.open(loaded.connectingTo(nodes), loaded.reporter())) {
            return translated(operation, connection);
        }
    }

    /** Runs the operation; too few replicas, for whatever statement, fail as such, naming the nodes that are down. */
    private static <T> T translated(Function<CassandraConnection, T> operation, CassandraConnection connection) {
        try {
            return operation.apply(connection);
        } catch (RuntimeException e) {
            throw ReplicaShortage.translate(e, ReplicaShortage.nodes(connection.session()),
                    Datacenters.local(connection.session()).orElse(null));
        }
    }

    /** Nodes started by {@link #startEmbedded()}: where to connect, and how to stop them. */
    public record RunningNodes(String contactPoints, String localDatacenter, Runnable stop) implements AutoCloseable {
        @Override
        public void close() {
            stop.run();
        }
    }
}
