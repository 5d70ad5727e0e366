package org.cqlshift.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The one checksum rule of scripts and seed files: SHA-256 of the UTF-8 bytes after every {@code \r\n} and
 * lone {@code \r} has become {@code \n}, as 64 lower-case hex digits. A checkout that converts line endings
 * (git on Windows) therefore changes no checksum; any other change, whitespace included, does.
 */
public final class Checksum {

    private static final byte CR = '\r';
    private static final byte LF = '\n';

    private Checksum() {
    }

    public static String of(String text) {
        Normalizer normalizer = new Normalizer();
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        normalizer.update(bytes, bytes.length);
        return normalizer.finish();
    }

    /** Streams the file, so a seed file of many megabytes is never held in memory. */
    public static String of(Path file) {
        Normalizer normalizer = new Normalizer();
        try (InputStream input = Files.newInputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            int read;
            while ((read = input.read(buffer)) >= 0) {
                normalizer.update(buffer, read);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return normalizer.finish();
    }

    /** Feeds the digest with line endings normalized; CR and LF never occur inside a multi-byte UTF-8 character. */
    private static final class Normalizer {
        private final MessageDigest digest;
        private boolean afterCr;

        Normalizer() {
            try {
                digest = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java runtime provides SHA-256", e);
            }
        }

        void update(byte[] bytes, int length) {
            int copied = 0;
            for (int i = 0; i < length; i++) {
                byte b = bytes[i];
                if (b == CR) {
                    digest.update(bytes, copied, i - copied);
                    digest.update(LF);
                    copied = i + 1;
                    afterCr = true;
                } else {
                    if (b == LF && afterCr) {
                        digest.update(bytes, copied, i - copied);
                        copied = i + 1;
                    }
                    afterCr = false;
                }
            }
            digest.update(bytes, copied, length - copied);
        }

        String finish() {
            return HexFormat.of().formatHex(digest.digest());
        }
    }
}
