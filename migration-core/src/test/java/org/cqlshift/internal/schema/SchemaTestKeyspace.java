package org.cqlshift.internal.schema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.time.Duration;
import org.cqlshift.api.CqlShift;
import org.cqlshift.api.CqlShiftBuilder;
import org.cqlshift.api.Reporter;
import org.cqlshift.api.config.Configuration;
import org.cqlshift.api.config.Location;
import org.cqlshift.api.schema.SchemaDiff;
import org.cqlshift.internal.cql.MigrationScript;
import org.cqlshift.internal.cql.Placeholders;
import org.cqlshift.internal.cql.ScriptDiscovery;

/** A keyspace of the live schema node, migrated from scripts a test writes, and diffed as users would. */
final class SchemaTestKeyspace {

    final String name;
    final Path scripts;
    private final SchemaNodes nodes;

    SchemaTestKeyspace(SchemaNodes nodes, Path directory, String prefix) {
        this.nodes = nodes;
        this.name = SchemaNodes.keyspace(prefix);
        this.scripts = directory.resolve("migrations-" + name);
        try {
            Files.createDirectories(scripts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    SchemaTestKeyspace script(String fileName, String content) {
        try {
            Files.writeString(scripts.resolve(fileName), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** The project's sample scripts, {@code migrations/} at the top of the repository. */
    SchemaTestKeyspace sampleScripts() {
        try {
            for (Path file : Files.list(Path.of("..", "migrations")).sorted().toList()) {
                Files.copy(file, scripts.resolve(file.getFileName()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** The scripts of a folder of the test resources, such as {@code schema/rich}. */
    SchemaTestKeyspace resourceScripts(String folder) {
        try {
            Path source = Path.of("src", "test", "resources", folder);
            for (Path file : Files.list(source).sorted().toList()) {
                Files.copy(file, scripts.resolve(file.getFileName()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** The settings of the live node, this keyspace and its scripts, for more to be added. */
    CqlShiftBuilder configure() {
        return CqlShift.configure()
                .contactPoints(nodes.live().contactPointText())
                .localDatacenter(nodes.live().localDatacenter())
                .keyspace(name)
                .requestTimeout(Duration.ofSeconds(60))
                .migrations(scripts)
                .reporter(Reporter.SILENT);
    }

    private CqlShift shift() {
        return configure().load();
    }

    Configuration configuration() {
        return shift().configuration();
    }

    SchemaTestKeyspace migrate() {
        shift().migrate();
        return this;
    }

    List<MigrationScript> discovered() {
        return ScriptDiscovery.discover(Location.directory(scripts));
    }

    Placeholders placeholders() {
        return Placeholders.of(configuration());
    }

    /** Runs CQL on the live node, as an operator would in cqlsh. */
    SchemaTestKeyspace byHand(String cql) {
        nodes.liveSession().execute(cql.replace("${keyspace}", name));
        return this;
    }

    SchemaDiffer differ() {
        return new SchemaDiffer(nodes.liveSession(), name, Reporter.SILENT);
    }

    SchemaDiff diff() {
        return new SchemaDiffer(nodes.liveSession(), name, Reporter.SILENT)
                .againstScripts(discovered(), placeholders(), nodes.replayNode());
    }
}
