package org.cqlshift.api.schema;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;
import org.cqlshift.api.config.ConfigurationException;
import org.cqlshift.api.config.Setting;

/**
 * A keyspace's normalized schema as CQL, what {@code schema} writes: deterministic and sorted, without
 * ids or options left at the server's defaults, so that two clusters with the same schema give the same text.
 *
 * @param keyspace the keyspace it describes
 * @param source   where it was read, as a sentence part: {@code the live keyspace app} or {@code scripts 1 to 3
 *                 replayed on Cassandra 5.0.9}
 * @param cql      the statements, each ending with {@code ;} and a line break
 */
public record SchemaDocument(String keyspace, String source, String cql) {

    public SchemaDocument {
        Objects.requireNonNull(keyspace, "keyspace");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(cql, "cql");
    }

    /**
     * Writes the CQL to a file, replacing it as a whole: a reader sees the old file or the new one, never a part.
     *
     * @throws ConfigurationException when the file cannot be written
     */
    public void writeTo(Path file) {
        Path target = file.toAbsolutePath();
        Path temporary = null;
        try {
            Files.createDirectories(target.getParent());
            temporary = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
            Files.writeString(temporary, cql, StandardCharsets.UTF_8);
            try {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new ConfigurationException("Cannot write the schema file " + file + ": " + e.getMessage(),
                    "Check that its directory exists and is writable, or choose another " + Setting.SCHEMA_OUTPUT.flag()
                            + " file.", e);
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException e) {
                    // Only the temporary file is left behind; the schema file itself is whole.
                }
            }
        }
    }
}
