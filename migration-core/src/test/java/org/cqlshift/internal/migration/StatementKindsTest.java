package org.cqlshift.internal.migration;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StatementKindsTest {

    @Test
    void recognisesTheStatementThatCreatesTheTargetKeyspace() {
        assertThat(StatementKinds.createsKeyspace(
                "CREATE KEYSPACE IF NOT EXISTS app WITH replication = {'class': 'SimpleStrategy'}", "app")).isTrue();
        assertThat(StatementKinds.createsKeyspace("/* first */ create keyspace App with replication = {}", "app"))
                .isTrue();
        assertThat(StatementKinds.createsKeyspace("CREATE KEYSPACE \"app\" WITH replication = {}", "app")).isTrue();
        assertThat(StatementKinds.createsKeyspace("CREATE KEYSPACE \"App\" WITH replication = {}", "app")).isFalse();
        assertThat(StatementKinds.createsKeyspace("CREATE KEYSPACE application WITH replication = {}", "app"))
                .isFalse();
        assertThat(StatementKinds.createsKeyspace("CREATE TABLE app.t (id int PRIMARY KEY)", "app")).isFalse();
    }

    @Test
    void aRefusalSayingTheEffectIsThereCountsAsAppliedOnlyWhenItSaysSo() {
        assertThat(StatementKinds.alreadyApplied("ALTER TABLE t ADD c1 int",
                invalid("Column with name 'c1' already exists"))).isTrue();
        assertThat(StatementKinds.alreadyApplied("ALTER TABLE t ADD c1 int",
                invalid("Invalid column name c1 because it conflicts with an existing column"))).isTrue();
        assertThat(StatementKinds.alreadyApplied("CREATE INDEX i ON t (v)", invalid("Index 'i' already exists")))
                .isTrue();
        assertThat(StatementKinds.alreadyApplied("DROP TABLE t", invalid("Table 'ks.t' doesn't exist"))).isTrue();
        assertThat(StatementKinds.alreadyApplied("ALTER TABLE t DROP c1",
                invalid("Column c1 was not found in table t"))).isTrue();
        assertThat(StatementKinds.alreadyApplied("DROP INDEX i",
                invalid("Index 'i' could not be found in any of the tables of keyspace 'ks'"))).isTrue();
        // Not found is the effect already there for a drop only.
        assertThat(StatementKinds.alreadyApplied("ALTER TABLE t ADD c2 int",
                invalid("Table 'ks.t' doesn't exist"))).isFalse();
        assertThat(StatementKinds.alreadyApplied("CREATE TABLE t (id int PRIMARY KEY, v nonsense)",
                invalid("Unknown type ks.nonsense"))).isFalse();
        assertThat(StatementKinds.alreadyApplied("INSERT INTO t (id) VALUES (1)",
                new com.datastax.oss.driver.api.core.servererrors.ServerError(null, "already exists"))).isFalse();
    }

    private static com.datastax.oss.driver.api.core.servererrors.InvalidQueryException invalid(String message) {
        return new com.datastax.oss.driver.api.core.servererrors.InvalidQueryException(null, message);
    }

    @Test
    void schemaChangesAreCreateAlterAndDrop() {
        assertThat(StatementKinds.changesSchema("-- why\nALTER TABLE t ADD c int")).isTrue();
        assertThat(StatementKinds.changesSchema("drop table t")).isTrue();
        assertThat(StatementKinds.changesSchema("INSERT INTO t (id) VALUES (1)")).isFalse();
        assertThat(StatementKinds.changesSchema("UPDATE created SET n = n + 1 WHERE id = 1")).isFalse();
    }
}
