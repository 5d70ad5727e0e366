package org.cqlshift.internal.seed;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The checked, encoded rows of one file on local disk, between the check and the write. Spilling keeps
 * memory flat for files of any size, spares the write phase a second YAML parse (the costliest step on the
 * client), and guarantees that what is written is exactly what was checked, even if the file is edited
 * meanwhile. Records: shape id, then per value its length (-1 for null) and bytes.
 */
final class SpillFile implements AutoCloseable {

    private static final int BUFFER = 1 << 16;

    private final Path path;
    private final DataOutputStream out;

    SpillFile() throws IOException {
        this.path = Files.createTempFile("cqlshift-seed-", ".spill");
        this.out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(path), BUFFER));
    }

    void append(RowEncoder.EncodedRow row) throws IOException {
        out.writeInt(row.shape().id());
        for (ByteBuffer value : row.values()) {
            if (value == null) {
                out.writeInt(-1);
            } else {
                out.writeInt(value.remaining());
                if (value.hasArray()) {
                    out.write(value.array(), value.arrayOffset() + value.position(), value.remaining());
                } else {
                    byte[] bytes = new byte[value.remaining()];
                    value.duplicate().get(bytes);
                    out.write(bytes);
                }
            }
        }
    }

    Reader reader() throws IOException {
        out.close();
        return new Reader(new DataInputStream(new BufferedInputStream(Files.newInputStream(path), BUFFER)));
    }

    @Override
    public void close() throws IOException {
        out.close();
        Files.deleteIfExists(path);
    }

    /** Reads the records back in the order they were written. */
    static final class Reader implements AutoCloseable {
        private final DataInputStream in;

        private Reader(DataInputStream in) {
            this.in = in;
        }

        /** The next row, or null at the end. */
        RowEncoder.EncodedRow next(RowEncoder encoder) throws IOException {
            int shapeId;
            try {
                shapeId = in.readInt();
            } catch (EOFException end) {
                return null;
            }
            RowEncoder.Shape shape = encoder.shape(shapeId);
            ByteBuffer[] values = new ByteBuffer[shape.bindColumns().length];
            for (int i = 0; i < values.length; i++) {
                int length = in.readInt();
                if (length >= 0) {
                    byte[] bytes = new byte[length];
                    in.readFully(bytes);
                    values[i] = ByteBuffer.wrap(bytes);
                }
            }
            return new RowEncoder.EncodedRow(shape, values);
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
