package org.cqlshift.internal.session;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ToolTablesTest {

    @Test
    void historyTablesAndTheirCompanionsBelongToTheTool() {
        assertThat(ToolTables.isToolTable("schema_migration")).isTrue();
        assertThat(ToolTables.isToolTable("schema_migration_leader")).isTrue();
        assertThat(ToolTables.isToolTable("seed_history")).isTrue();
        assertThat(ToolTables.isToolTable("seed_history_lock")).isTrue();
        assertThat(ToolTables.isToolTable("cqlshift_anything")).isTrue();
        assertThat(ToolTables.isToolTable("users")).isFalse();
        assertThat(ToolTables.isToolTable("migration_notes")).isFalse();
    }
}
