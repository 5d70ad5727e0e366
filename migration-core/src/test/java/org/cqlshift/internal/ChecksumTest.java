package org.cqlshift.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChecksumTest {

    @TempDir
    Path directory;

    @Test
    void lineEndingsDoNotCountButOtherWhitespaceDoes() {
        String unix = "table: t\nrows:\n  - {id: 1}\n";
        assertThat(Checksum.of("table: t\r\nrows:\r\n  - {id: 1}\r\n")).isEqualTo(Checksum.of(unix));
        assertThat(Checksum.of("table: t\rrows:\r  - {id: 1}\r")).isEqualTo(Checksum.of(unix));
        assertThat(Checksum.of("table: t\nrows:\n  - {id: 1} \n")).isNotEqualTo(Checksum.of(unix));
        assertThat(Checksum.of("a\n\nb")).isNotEqualTo(Checksum.of("a\nb"));
        assertThat(Checksum.of("a\r\n\r\nb")).isEqualTo(Checksum.of("a\n\nb"));
    }

    @Test
    void aFileHasTheChecksumOfItsTextEvenWhenACrLfPairSpansTwoReads() throws Exception {
        StringBuilder text = new StringBuilder("x".repeat(64 * 1024 - 1));
        text.append("\r\nsecond line with é\r\n\r");
        Path file = Files.writeString(directory.resolve("big.yaml"), text, StandardCharsets.UTF_8);

        assertThat(Checksum.of(file)).isEqualTo(Checksum.of(text.toString()))
                .isEqualTo(Checksum.of("x".repeat(64 * 1024 - 1) + "\nsecond line with é\n\n"));
    }

    @Test
    void aFileWithUnixLineEndingsKeepsThePlainSha256ItWasRecordedWith() throws Exception {
        byte[] bytes = "table: t\nrows:\n  - {id: 1}\n".getBytes(StandardCharsets.UTF_8);
        Path file = Files.write(directory.resolve("t.yaml"), bytes);

        assertThat(Checksum.of(file))
                .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
    }
}
