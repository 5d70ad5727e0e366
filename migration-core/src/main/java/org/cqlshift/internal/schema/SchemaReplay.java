package org.cqlshift.internal.schema;

import com.datastax.oss.driver.api.core.CqlIdentifier;
import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.DefaultProtocolVersion;
import com.datastax.oss.driver.api.core.DriverException;
import com.datastax.oss.driver.api.core.cql.SimpleStatement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.cqlshift.api.Reporter;
import org.cqlshift.api.config.Setting;
import org.cqlshift.api.schema.SchemaReplayException;
import org.cqlshift.internal.ddl.CqlText;
import org.cqlshift.internal.ddl.Ddl;
import org.cqlshift.internal.ddl.DdlReader;
import org.cqlshift.internal.ddl.Token;
import org.cqlshift.internal.ddl.Tokenizer;

/**
 * Builds an expected schema by running CQL on a throw-away node and reading back what it made. Only schema
 * statements run; data statements change no schema. A keyspace is created with a replication the single node can
 * serve, and keeps the replication the CQL asked for in the schema it gives back: a node of one datacenter
 * refuses {@code NetworkTopologyStrategy} with the production datacenters' names. When the statements use the
 * keyspace without creating it (it was made by hand, then adopted with a baseline), it is created for them, and
 * the schema given back has no replication: the statements do not say what it is.
 */
public final class SchemaReplay {

    /** What may follow CREATE, ALTER or DROP in a statement that changes a keyspace's schema. */
    private static final Set<String> SCHEMA_OBJECTS = Set.of("KEYSPACE", "SCHEMA", "TABLE", "COLUMNFAMILY", "INDEX",
            "CUSTOM", "TYPE", "FUNCTION", "AGGREGATE", "MATERIALIZED", "TRIGGER", "OR");
    private static final String LOCAL_REPLICATION = "{'class': 'SimpleStrategy', 'replication_factor': 1}";

    private final ReplayNode node;
    private final Reporter reporter;
    private final Map<String, Map<String, String>> declaredReplication = new HashMap<>();

    public SchemaReplay(ReplayNode node, Reporter reporter) {
        this.node = node;
        this.reporter = reporter;
    }

    /**
     * Runs the statements, then reads the keyspace they built.
     *
     * @param keyspace the keyspace to read, as Cassandra stores its name; empty to read the one the first
     *                 CREATE KEYSPACE creates (a schema file's)
     * @throws SchemaReplayException when a statement fails, or none creates the keyspace
     */
    public KeyspaceSchema replay(Optional<String> keyspace, List<ReplayStatement> statements) {
        CqlSession session = node.session();
        String target = keyspace.orElse(null);
        boolean targetExists = false;
        boolean declared = true;
        for (ReplayStatement statement : statements) {
            List<Token> tokens = Tokenizer.tokenize(statement.cql());
            if (!changesSchema(tokens)) {
                reporter.debug("Not replayed, as it changes no schema: " + statement.source() + ":" + statement.line());
                continue;
            }
            Ddl ddl = DdlReader.read(tokens);
            if (target != null && !targetExists && !(ddl instanceof Ddl.CreateKeyspace)) {
                session.execute("CREATE KEYSPACE IF NOT EXISTS " + CqlText.identifier(target) + " WITH replication = "
                        + LOCAL_REPLICATION);
                targetExists = true;
                declared = false;
            }
            String cql = statement.cql();
            if (ddl instanceof Ddl.CreateKeyspace create) {
                target = target == null ? create.name().name() : target;
                cql = localReplication(create.name(), create.options(), "CREATE KEYSPACE "
                        + (create.ifNotExists() ? "IF NOT EXISTS " : ""));
            } else if (ddl instanceof Ddl.AlterKeyspace alter) {
                cql = localReplication(alter.name(), alter.options(), "ALTER KEYSPACE ");
            }
            execute(session, statement, cql, targetExists ? target : null);
            if (ddl instanceof Ddl.CreateKeyspace create && create.name().name().equals(target)) {
                targetExists = true;
            }
        }
        String read = target;
        KeyspaceSchema schema = Optional.ofNullable(read).flatMap(name -> new SchemaReader(session,
                CassandraLine.of(node.version())).read(name)).orElseThrow(() -> noKeyspace(statements, read));
        if (!declared) {
            return schema.withReplication(Map.of());
        }
        Map<String, String> replication = declaredReplication.get(schema.name());
        return replication == null ? schema : schema.withReplication(replication);
    }

    private static boolean changesSchema(List<Token> tokens) {
        if (tokens.size() < 2 || !(tokens.get(0).is("CREATE") || tokens.get(0).is("ALTER") || tokens.get(0).is("DROP"))) {
            return false;
        }
        return SCHEMA_OBJECTS.contains(tokens.get(1).text().toUpperCase(java.util.Locale.ROOT));
    }

    /**
     * The keyspace statement with a replication the node can serve, its other options as written; the replication
     * it asked for is kept for the schema.
     */
    private String localReplication(Token name, List<Ddl.Option> options, String statementStart) {
        StringBuilder cql = new StringBuilder(statementStart).append(name.text());
        String clauses = options.stream().map(option -> {
            if (option.key().equals("replication")) {
                declaredReplication.put(name.name(), CqlText.withShortClass(option.value().entries()));
                return "replication = " + LOCAL_REPLICATION;
            }
            return option.name().text() + " = " + option.value().cql();
        }).collect(Collectors.joining(" AND "));
        return clauses.isEmpty() ? cql.toString() : cql.append(" WITH ").append(clauses).toString();
    }

    /** Runs a statement; one that names no keyspace runs in the target keyspace, as migrate runs it. */
    private void execute(CqlSession session, ReplayStatement statement, String cql, String keyspace) {
        SimpleStatement simple = SimpleStatement.newInstance(cql);
        if (keyspace != null) {
            if (session.getContext().getProtocolVersion().getCode() >= DefaultProtocolVersion.V5.getCode()) {
                simple = simple.setKeyspace(CqlIdentifier.fromInternal(keyspace));
            } else {
                session.execute("USE " + CqlText.identifier(keyspace));
            }
        }
        try {
            session.execute(simple);
        } catch (DriverException e) {
            throw new SchemaReplayException(statement.source(), statement.line(), statement.column(), statement.cql(),
                    e.getMessage(), suggestionFor(statement), e);
        }
    }

    private String suggestionFor(ReplayStatement statement) {
        return "The statement ran once on the live cluster, but fails on an empty Cassandra " + node.version()
                + " node: it may depend on something made by hand there, or on a setting of that cluster. Fix what it"
                + " depends on in a script, or compare with a schema file instead (diff " + Setting.DIFF_AGAINST.flag()
                + " FILE).";
    }

    private SchemaReplayException noKeyspace(List<ReplayStatement> statements, String keyspace) {
        ReplayStatement first = statements.isEmpty() ? new ReplayStatement("(no statements)", 1, 1, "")
                : statements.get(0);
        return new SchemaReplayException(first.source(), first.line(), first.column(), first.cql(),
                keyspace == null ? "no statement creates a keyspace" : "no statement creates keyspace " + keyspace,
                "Start the CQL with CREATE KEYSPACE; a schema file written by 'schema " + Setting.SCHEMA_OUTPUT.flag()
                        + "' does.", null);
    }
}
