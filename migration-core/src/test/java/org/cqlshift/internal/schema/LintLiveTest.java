package org.cqlshift.internal.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.Optional;
import org.cqlshift.api.lint.LintErrors;
import org.cqlshift.api.lint.LintException;
import org.cqlshift.api.lint.LintFinding;
import org.cqlshift.api.lint.LintResult;
import org.cqlshift.internal.lint.Linter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Lint of the pending scripts against a live keyspace: what the cluster remembers counts, applied scripts do not. */
@ExtendWith(SchemaNodes.Extension.class)
class LintLiveTest {

    @TempDir
    Path directory;

    @Test
    void pendingScriptsAreCheckedAgainstTheLiveSchemaAndItsDroppedColumns(SchemaNodes nodes) {
        SchemaTestKeyspace keyspace = new SchemaTestKeyspace(nodes, directory, "lint")
                .script("1_keyspace.cql", "CREATE KEYSPACE IF NOT EXISTS ${keyspace} WITH replication = ${replication};\n")
                .script("2_users.cql", "CREATE TABLE ${keyspace}.users (id uuid PRIMARY KEY, name text, \"Email\" text);\n"
                        + "-- An applied script is not linted again.\nTRUNCATE ${keyspace}.users;\n")
                .migrate()
                .byHand("ALTER TABLE ${keyspace}.users ADD legacy_flag int")
                .byHand("ALTER TABLE ${keyspace}.users DROP legacy_flag")
                .script("3_users_v2.cql", "ALTER TABLE ${keyspace}.users ADD legacy_flag boolean;\n"
                        + "-- cqlshift:allow drop-column name moved to profiles\n"
                        + "ALTER TABLE ${keyspace}.users DROP name;\n"
                        + "CREATE INDEX ON ${keyspace}.users (Email) USING 'sai';\n");

        LintResult result = Linter.lintPending(nodes.liveSession(), keyspace.name, keyspace.discovered(),
                keyspace.placeholders(), Optional.empty());

        assertThat(result.checked()).isEqualTo("1 pending script of keyspace " + keyspace.name + " against Cassandra "
                + CassandraLine.of(nodes.live().version()).label());
        assertThat(result.findings()).extracting(LintFinding::ruleId, LintFinding::line)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("readd-dropped-column-type", 1),
                        org.assertj.core.groups.Tuple.tuple("quoted-identifier-case", 4));
        assertThat(result.findings().get(0).message()).contains("dropped with type int", "added again as boolean");
        assertThat(result.allowed()).singleElement()
                .satisfies(allowed -> assertThat(allowed.reason()).isEqualTo("name moved to profiles"));
        assertThat(result.skippedRules()).isEmpty();
        try {
            result.requireNoErrors();
            throw new AssertionError("expected a LintException");
        } catch (LintException e) {
            assertThat(e.failure().exitCode()).isEqualTo(8);
            assertThat(e.getMessage()).contains("3_users_v2.cql:1:", "[readd-dropped-column-type]");
        }
        // The same through the Java API: errors are returned by default, and thrown when they are to fail.
        assertThat(keyspace.configure().load().lint()).isEqualTo(result);
        LintException failed = catchThrowableOfType(LintException.class,
                () -> keyspace.configure().lintErrors(LintErrors.FAIL).load().lint());
        assertThat(failed.result()).isEqualTo(result);
    }
}
