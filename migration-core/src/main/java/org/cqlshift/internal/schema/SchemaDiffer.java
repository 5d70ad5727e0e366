package org.cqlshift.internal.schema;

import com.datastax.oss.driver.api.core.CqlSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.cqlshift.api.Reporter;
import org.cqlshift.api.config.ConfigurationException;
import org.cqlshift.api.config.Setting;
import org.cqlshift.api.schema.Difference;
import org.cqlshift.api.schema.SchemaDiff;
import org.cqlshift.internal.cql.MigrationScript;
import org.cqlshift.internal.cql.Placeholders;
import org.cqlshift.internal.migration.AppliedHistory;
import org.cqlshift.internal.session.Keyspaces;

/**
 * {@code diff}: the live keyspace against the schema its applied scripts build, replayed in the order they ran
 * with the same placeholders on a throw-away node of the live cluster's release; or against a schema file.
 */
public final class SchemaDiffer {

    private final CqlSession live;
    private final String keyspace;
    private final Reporter reporter;

    /**
     * @param keyspace the keyspace as the settings name it
     */
    public SchemaDiffer(CqlSession live, String keyspace, Reporter reporter) {
        this.live = live;
        this.keyspace = Keyspaces.internalName(keyspace);
        this.reporter = reporter;
    }

    /**
     * @param scripts      the discovered scripts, as migrate sees them
     * @param placeholders the placeholders migrate resolves them with
     */
    public SchemaDiff againstScripts(List<MigrationScript> scripts, Placeholders placeholders, ReplaySettings settings) {
        LiveKeyspace current = LiveKeyspace.read(live, keyspace);
        AppliedHistory history = AppliedHistory.read(live, keyspace, scripts);
        List<ReplayStatement> statements = ReplayStatement.of(history.applied(), placeholders);
        if (statements.isEmpty()) {
            throw new ConfigurationException("Keyspace " + keyspace + " has no applied script to compare it with.",
                    "Run migrate first, or compare with a schema file (diff " + Setting.DIFF_AGAINST.flag() + " FILE).");
        }
        String version = settings.cassandraVersion().orElse(current.release());
        return compare(current, node -> new SchemaReplay(node, reporter).replay(Optional.of(keyspace), statements),
                settings, version,
                "its " + history.applied().size() + " applied script" + (history.applied().size() == 1 ? "" : "s")
                        + " replayed on Cassandra " + version);
    }

    /**
     * The same against a schema file. A file whose text is what {@code schema} writes for the live keyspace needs no
     * node.
     */
    public SchemaDiff againstFile(Path file, ReplaySettings settings) {
        LiveKeyspace current = LiveKeyspace.read(live, keyspace);
        if (SchemaWriter.document(current.schema()).equals(read(file))) {
            return new SchemaDiff(keyspace, "the schema file " + file, List.of());
        }
        List<ReplayStatement> statements = ReplayStatement.ofFile(file);
        String version = settings.cassandraVersion().orElse(current.release());
        return compare(current, node -> new SchemaReplay(node, reporter).replay(Optional.empty(), statements),
                settings, version, "the schema file " + file + " replayed on Cassandra " + version);
    }

    /** Compares with the schema the applied scripts build on an already running node, which is left running. */
    public SchemaDiff againstScripts(List<MigrationScript> scripts, Placeholders placeholders, ReplayNode node) {
        LiveKeyspace current = LiveKeyspace.read(live, keyspace);
        AppliedHistory history = AppliedHistory.read(live, keyspace, scripts);
        KeyspaceSchema expected = new SchemaReplay(node, reporter).replay(Optional.of(keyspace),
                ReplayStatement.of(history.applied(), placeholders));
        return diff(current, expected, "its applied scripts replayed on Cassandra " + node.version());
    }

    /** Compares with the schema a file builds on an already running node, which is left running. */
    public SchemaDiff againstFile(Path file, ReplayNode node) {
        LiveKeyspace current = LiveKeyspace.read(live, keyspace);
        KeyspaceSchema expected = new SchemaReplay(node, reporter).replay(Optional.empty(),
                ReplayStatement.ofFile(file));
        return diff(current, expected, "the schema file " + file + " replayed on Cassandra " + node.version());
    }

    private SchemaDiff compare(LiveKeyspace current, Function<ReplayNode, KeyspaceSchema> replay,
                               ReplaySettings settings, String version, String comparedWith) {
        KeyspaceSchema expected;
        try (ReplayNode node = ReplayNodes.start("diff", version, settings.javaHome(), settings.classpath(),
                reporter)) {
            expected = replay.apply(node);
        }
        return diff(current, expected, comparedWith);
    }

    private SchemaDiff diff(LiveKeyspace current, KeyspaceSchema expected, String comparedWith) {
        List<Difference> differences = SchemaComparison.compare(expected.named(keyspace), current.schema(),
                current.line());
        return new SchemaDiff(keyspace, comparedWith, differences);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ConfigurationException("Cannot read the schema file " + file + ": " + e.getMessage(),
                    "Check the path; write the file with 'schema " + Setting.SCHEMA_OUTPUT.flag() + " " + file
                            + "' first if it does not exist.", e);
        }
    }
}
