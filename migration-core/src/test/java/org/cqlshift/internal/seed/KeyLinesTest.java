package org.cqlshift.internal.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeyLinesTest {

    private static List<ByteBuffer> key(String... parts) {
        return Arrays.stream(parts)
                .map(part -> part == null ? null : ByteBuffer.wrap(part.getBytes(StandardCharsets.UTF_8)))
                .toList();
    }

    @Test
    void aKeySeenBeforeGivesTheLineItWasFirstSeenAt() {
        KeyLines lines = new KeyLines();

        assertThat(lines.putIfAbsent(key("sensor-1", "2026-03-01"), 3)).isNull();
        assertThat(lines.putIfAbsent(key("sensor-1", "2026-03-02"), 4)).isNull();
        assertThat(lines.putIfAbsent(key("sensor-1", "2026-03-01"), 9)).isEqualTo(3);
    }

    @Test
    void keysWhoseBytesOnlyRegroupOrHoldANullAreDifferent() {
        KeyLines lines = new KeyLines();

        assertThat(lines.putIfAbsent(key("ab", "c"), 1)).isNull();
        assertThat(lines.putIfAbsent(key("a", "bc"), 2)).isNull();
        assertThat(lines.putIfAbsent(key("abc", null), 3)).isNull();
        assertThat(lines.putIfAbsent(key("abc", ""), 4)).isNull();
        assertThat(lines.putIfAbsent(key("abc", null), 5)).isEqualTo(3);
    }

    @Test
    void everyKeyOfAMillionRowFileIsKeptAndEachDuplicateFound() {
        KeyLines lines = new KeyLines();
        ByteBuffer id = ByteBuffer.allocate(4);
        for (int row = 1; row <= 1_000_000; row++) {
            assertThat(lines.putIfAbsent(List.of(id.putInt(0, row).duplicate()), row)).isNull();
        }
        for (int row = 1; row <= 1_000_000; row += 99_999) {
            assertThat(lines.putIfAbsent(List.of(id.putInt(0, row).duplicate()), 2_000_000)).isEqualTo(row);
        }
    }
}
