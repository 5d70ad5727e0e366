package org.cqlshift.api.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SeedOptionsTest {

    @Test
    void modesParseFromTheirLabels() {
        assertThat(SeedMode.parse("upsert")).isEqualTo(SeedMode.UPSERT);
        assertThat(SeedMode.parse("Insert_If_Absent")).isEqualTo(SeedMode.INSERT_IF_ABSENT);
        assertThat(SeedMode.parse(" truncate ")).isEqualTo(SeedMode.TRUNCATE);
        assertThatThrownBy(() -> SeedMode.parse("replace"))
                .hasMessageContaining("upsert, insert-if-absent, truncate");
    }

    @Test
    void defaultsUpsertWithoutForce() {
        SeedOptions options = SeedOptions.defaults();
        assertThat(options.mode()).isEqualTo(SeedMode.UPSERT);
        assertThat(options.force()).isFalse();
    }
}
