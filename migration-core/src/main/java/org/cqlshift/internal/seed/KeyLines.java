package org.cqlshift.internal.seed;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The line of each primary key's first row in a file, to find a second row with the same key before anything
 * is written. A key is kept as a 128-bit digest in open-addressed arrays, 20 bytes a slot: a file of a million
 * rows fits in a few tens of megabytes where the keys themselves, as objects, took more than a 256 MB heap.
 * Digests of different keys coincide with a probability of about n&sup2; / 2<sup>129</sup>.
 */
final class KeyLines {

    private static final int EMPTY_LINE = 0;

    private final MessageDigest digest;
    private final byte[] lengthBytes = new byte[4];
    private long[] high = new long[1024];
    private long[] low = new long[1024];
    private int[] lines = new int[1024];
    private int size;

    KeyLines() {
        try {
            digest = MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has MD5", e);
        }
    }

    /**
     * Records the key made of {@code values} at {@code keyPositions} of a row at {@code line} (1-based), unless
     * it was seen before: then the line it was first seen at.
     */
    Integer putIfAbsent(ByteBuffer[] values, int[] keyPositions, int line) {
        for (int position : keyPositions) {
            ByteBuffer value = values[position];
            // The length first, so that ("ab", "c") and ("a", "bc") differ; -1 for null.
            int length = value == null ? -1 : value.remaining();
            lengthBytes[0] = (byte) (length >>> 24);
            lengthBytes[1] = (byte) (length >>> 16);
            lengthBytes[2] = (byte) (length >>> 8);
            lengthBytes[3] = (byte) length;
            digest.update(lengthBytes);
            if (value != null) {
                digest.update(value.duplicate());
            }
        }
        ByteBuffer hash = ByteBuffer.wrap(digest.digest());
        long h = hash.getLong();
        long l = hash.getLong();
        if ((size + 1) * 2 > lines.length) {
            grow();
        }
        int slot = slot(h, l, lines.length);
        while (lines[slot] != EMPTY_LINE) {
            if (high[slot] == h && low[slot] == l) {
                return lines[slot];
            }
            slot = (slot + 1) & (lines.length - 1);
        }
        high[slot] = h;
        low[slot] = l;
        lines[slot] = line;
        size++;
        return null;
    }

    private static int slot(long high, long low, int capacity) {
        return (int) (low ^ (low >>> 32) ^ high) & (capacity - 1);
    }

    private void grow() {
        long[] oldHigh = high;
        long[] oldLow = low;
        int[] oldLines = lines;
        int capacity = oldLines.length * 2;
        high = new long[capacity];
        low = new long[capacity];
        lines = new int[capacity];
        for (int i = 0; i < oldLines.length; i++) {
            if (oldLines[i] != EMPTY_LINE) {
                int slot = slot(oldHigh[i], oldLow[i], capacity);
                while (lines[slot] != EMPTY_LINE) {
                    slot = (slot + 1) & (capacity - 1);
                }
                high[slot] = oldHigh[i];
                low[slot] = oldLow[i];
                lines[slot] = oldLines[i];
            }
        }
    }
}
