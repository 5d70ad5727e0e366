package org.cqlshift.internal.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class KeyLinesTest {

    /** Puts the key of a row whose values are the parts, each a key column. */
    private static Integer put(KeyLines lines, int line, String... parts) {
        ByteBuffer[] values = Arrays.stream(parts)
                .map(part -> part == null ? null : ByteBuffer.wrap(part.getBytes(StandardCharsets.UTF_8)))
                .toArray(ByteBuffer[]::new);
        return lines.putIfAbsent(values, IntStream.range(0, parts.length).toArray(), line);
    }

    @Test
    void aKeySeenBeforeGivesTheLineItWasFirstSeenAt() {
        KeyLines lines = new KeyLines();

        assertThat(put(lines, 3, "sensor-1", "2026-03-01")).isNull();
        assertThat(put(lines, 4, "sensor-1", "2026-03-02")).isNull();
        assertThat(put(lines, 9, "sensor-1", "2026-03-01")).isEqualTo(3);
    }

    @Test
    void keysWhoseBytesOnlyRegroupOrHoldANullAreDifferent() {
        KeyLines lines = new KeyLines();

        assertThat(put(lines, 1, "ab", "c")).isNull();
        assertThat(put(lines, 2, "a", "bc")).isNull();
        assertThat(put(lines, 3, "abc", null)).isNull();
        assertThat(put(lines, 4, "abc", "")).isNull();
        assertThat(put(lines, 5, "abc", null)).isEqualTo(3);
    }

    @Test
    void everyKeyOfAMillionRowFileIsKeptAndEachDuplicateFound() {
        KeyLines lines = new KeyLines();
        // A row of (name, id) whose key is the id alone.
        ByteBuffer[] values = {ByteBuffer.wrap(new byte[] {1, 2, 3}), ByteBuffer.allocate(4)};
        int[] keyPositions = {1};
        for (int row = 1; row <= 1_000_000; row++) {
            values[1].putInt(0, row);
            assertThat(lines.putIfAbsent(values, keyPositions, row)).isNull();
        }
        for (int row = 1; row <= 1_000_000; row += 99_999) {
            values[1].putInt(0, row);
            assertThat(lines.putIfAbsent(values, keyPositions, 2_000_000)).isEqualTo(row);
        }
    }
}
