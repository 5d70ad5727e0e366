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
    void schemaChangesAreCreateAlterAndDrop() {
        assertThat(StatementKinds.changesSchema("-- why\nALTER TABLE t ADD c int")).isTrue();
        assertThat(StatementKinds.changesSchema("drop table t")).isTrue();
        assertThat(StatementKinds.changesSchema("INSERT INTO t (id) VALUES (1)")).isFalse();
        assertThat(StatementKinds.changesSchema("UPDATE created SET n = n + 1 WHERE id = 1")).isFalse();
    }
}
