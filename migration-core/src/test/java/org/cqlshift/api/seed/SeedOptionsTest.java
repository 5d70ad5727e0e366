package org.cqlshift.api.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cqlshift.api.CqlShift;
import org.cqlshift.api.config.Configuration;
import org.cqlshift.api.config.Setting;
import org.junit.jupiter.api.Test;

class SeedOptionsTest {

    @Test
    void modesParseFromTheirLabels() {
        assertThat(mode("upsert")).isEqualTo(SeedMode.UPSERT);
        assertThat(mode("Insert_If_Absent")).isEqualTo(SeedMode.INSERT_IF_ABSENT);
        assertThat(mode(" truncate ")).isEqualTo(SeedMode.TRUNCATE);
        assertThatThrownBy(() -> mode("replace"))
                .hasMessageContaining("Invalid cassandra.seedMode 'replace'")
                .hasMessageContaining("expected one of upsert, insert-if-absent, truncate");
    }

    @Test
    void defaultsUpsertWithoutForce() {
        Configuration configuration = CqlShift.configure().load().configuration();
        assertThat(configuration.seedMode()).isEqualTo(SeedMode.UPSERT);
        assertThat(configuration.seedForce()).isFalse();
        assertThat(configuration.seedConcurrency()).isEqualTo(512);
    }

    private static SeedMode mode(String text) {
        return CqlShift.configure().setting(Setting.SEED_MODE, text).load().configuration().seedMode();
    }
}
