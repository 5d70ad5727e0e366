package org.cqlshift.internal.migration;

import static org.assertj.core.api.Assertions.assertThat;

import org.cqlshift.internal.migration.LaggingSchemaRetry.Missing;
import org.junit.jupiter.api.Test;

class LaggingSchemaRetryTest {

    @Test
    void aTableRefusalOfCassandra4To6NamesTheTableInTheStatementsKeyspace() {
        assertThat(LaggingSchemaRetry.missing("table countries does not exist", "app"))
                .contains(new Missing("app", "countries"));
    }

    @Test
    void aQualifiedNameKeepsItsOwnKeyspace() {
        assertThat(LaggingSchemaRetry.missing("table other.countries does not exist", "app"))
                .contains(new Missing("other", "countries"));
    }

    @Test
    void aQuotedKeyspaceOfTheScriptsIsLookedUpInTheServersSpelling() {
        assertThat(LaggingSchemaRetry.missing("table Orders does not exist", "\"MyApp\""))
                .contains(new Missing("MyApp", "Orders"));
    }

    @Test
    void alterTablesRefusalNamesTheQualifiedTable() {
        assertThat(LaggingSchemaRetry.missing("Table 'soak_reference.metrics' doesn't exist", "soak_reference"))
                .contains(new Missing("soak_reference", "metrics"));
    }

    @Test
    void cassandra3sUnconfiguredTableIsRecognised() {
        assertThat(LaggingSchemaRetry.missing("unconfigured table countries", "app"))
                .contains(new Missing("app", "countries"));
    }

    @Test
    void aKeyspaceRefusalNamesTheKeyspace() {
        assertThat(LaggingSchemaRetry.missing("keyspace app does not exist", null)).contains(new Missing("app", null));
        assertThat(LaggingSchemaRetry.missing("Keyspace 'app' does not exist", null)).contains(new Missing("app", null));
    }

    @Test
    void otherRefusalsAreNotASchemaLag() {
        assertThat(LaggingSchemaRetry.missing("Undefined column name nme in table app.users", "app")).isEmpty();
        assertThat(LaggingSchemaRetry.missing("line 1:7 no viable alternative at input 'TABL'", "app")).isEmpty();
        assertThat(LaggingSchemaRetry.missing(null, "app")).isEmpty();
    }

    @Test
    void aTableNamedAloneWithNoKeyspaceCannotBeLookedUp() {
        assertThat(LaggingSchemaRetry.missing("table countries does not exist", null)).isEmpty();
    }
}
