package org.cqlshift.internal.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cqlshift.internal.cql.MigrationScript;
import org.junit.jupiter.api.Test;

/** What lint and dry runs see of the three kinds of script on a keyspace without history. */
class AppliedHistoryKindsTest {

    private static MigrationScript script(int version, String name) {
        return new MigrationScript(version, name, name, "/m/" + name,
                "CREATE TABLE t" + version + " (id int PRIMARY KEY);");
    }

    @Test
    void aNewKeyspaceRunsTheNewestBaselineScriptThenTheLaterVersionsThenTheRepeatableScripts() {
        List<MigrationScript> scripts = List.of(script(1, "1_a.cql"), script(2, "2_b.cql"), script(3, "3_c.cql"),
                script(1, "B1__a.cql"), script(2, "B2__b.cql"), script(0, "R__z.cql"), script(0, "R__y.cql"));

        AppliedHistory history = AppliedHistory.none(scripts);

        assertThat(history.pending()).extracting(pending -> pending.script().fileName())
                .containsExactly("B2__b.cql", "3_c.cql", "R__y.cql", "R__z.cql");
        assertThat(history.applied()).isEmpty();
        assertThat(history.currentVersion()).isEmpty();
    }

    @Test
    void withoutBaselineScriptsEveryVersionedScriptIsPending() {
        AppliedHistory history = AppliedHistory.none(List.of(script(1, "1_a.cql"), script(2, "2_b.cql")));

        assertThat(history.pending()).extracting(pending -> pending.script().fileName())
                .containsExactly("1_a.cql", "2_b.cql");
    }
}
