package org.cqlshift.internal.cql;

import java.io.IOException;
import org.cqlshift.api.cql.ScriptException;

/** A file found in a location, before it is validated and read. */
final class ScriptFile {

    /** Reads a file's bytes when they are needed; a jar entry's reader holds bytes already read. */
    @FunctionalInterface
    interface BytesReader {
        byte[] read() throws IOException;
    }

    final String name;
    final String source;
    final String origin;
    final String folder;
    final BytesReader reader;
    int version;

    ScriptFile(String name, String source, String origin, String folder, BytesReader reader) {
        this.name = name;
        this.source = source;
        this.origin = origin;
        this.folder = folder;
        this.reader = reader;
    }

    byte[] bytes() {
        try {
            return reader.read();
        } catch (IOException e) {
            throw new ScriptException(source, 0, 0, "cannot be read: " + e, "Check that the file is readable.", e);
        }
    }

    String describe() {
        return origin.equals(source) ? source : source + " (" + origin + ")";
    }
}
