package org.cqlshift.internal.cql;

import org.cqlshift.api.CqlShift;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.cqlshift.api.config.Configuration;
import org.cqlshift.api.config.Location;
import org.junit.jupiter.api.Test;

/** Discovery, splitting and placeholders together, in the order the migration engine uses them. */
class ScriptPipelineTest {

    @Test
    void turnsAClasspathFolderIntoResolvedStatements() {
        Placeholders placeholders = Placeholders.of(CqlShift.configure().keyspace("shop").load().configuration());

        List<String> statements = ScriptDiscovery.discover(Location.parse("classpath:discovery/classpath-migrations"))
                .stream()
                .flatMap(script -> CqlSplitter.split(script.source(), script.content()).stream()
                        .map(statement -> placeholders.resolve(script.source(), statement).text()))
                .toList();

        assertThat(statements).containsExactly(
                "CREATE TABLE shop.users (id uuid PRIMARY KEY, name text)",
                "ALTER TABLE shop.users ADD email text");
    }
}
