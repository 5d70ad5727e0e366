package org.cqlshift.internal.seed;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Counts the bytes read from a seed file: how far the parser has come, for progress and for memory bounds. */
final class CountingInputStream extends FilterInputStream {

    // Written by the parsing thread, read by the loading thread.
    private volatile long count;

    CountingInputStream(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count++;
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int read = super.read(buffer, offset, length);
        if (read > 0) {
            count += read;
        }
        return read;
    }

    long count() {
        return count;
    }
}
