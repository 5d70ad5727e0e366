package org.cqlshift.internal.seed;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Parses the file on a second thread while the calling thread converts and encodes rows: parsing is the
 * costliest step of the check, and the two steps together would otherwise use one core. The handler still
 * sees every event on the calling thread in file order, and an error where it occurs in the file, so the
 * first problem reported is the first in the file. The queue is bounded in rows and in bytes of the file,
 * so memory stays flat however large the rows.
 */
final class PipelinedReader {

    private static final int CHUNK_SIZE = 256;
    /** Bytes of the file per chunk at most (give or take the parser's read-ahead), for files of large rows. */
    private static final long CHUNK_BYTES = 256 * 1024;
    private static final int CHUNKS_AHEAD = 16;

    private record TableEvent(String keyspace, String table, SeedValue.Scalar tableNode) {
    }

    private record Failed(Throwable error) {
    }

    private static final Object END = new Object();

    /** The consumer has gone away; the parsing thread just stops. */
    private static final class Cancelled extends RuntimeException {
        Cancelled() {
            super(null, null, false, false);
        }
    }

    private final SeedFileReader reader;

    PipelinedReader(SeedFileReader reader) {
        this.reader = reader;
    }

    void read(CountingInputStream input, SeedFileReader.Handler handler) throws IOException {
        BlockingQueue<List<Object>> queue = new ArrayBlockingQueue<>(CHUNKS_AHEAD);
        Thread parser = new Thread(() -> parse(input, queue), "cqlshift-seed-parser");
        parser.setDaemon(true);
        parser.start();
        try {
            while (true) {
                for (Object event : queue.take()) {
                    if (event instanceof SeedValue.Mapping row) {
                        handler.row(row);
                    } else if (event instanceof TableEvent table) {
                        handler.table(table.keyspace(), table.table(), table.tableNode());
                    } else if (event instanceof Failed failed) {
                        throw rethrow(failed.error());
                    } else if (event == END) {
                        return;
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while reading the seed file", e);
        } finally {
            parser.interrupt();
            try {
                parser.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void parse(CountingInputStream input, BlockingQueue<List<Object>> queue) {
        Chunks chunks = new Chunks(input, queue);
        try {
            reader.read(input, new SeedFileReader.Handler() {
                @Override
                public void table(String keyspace, String table, SeedValue.Scalar tableNode) {
                    chunks.add(new TableEvent(keyspace, table, tableNode));
                }

                @Override
                public void row(SeedValue.Mapping row) {
                    chunks.add(row);
                }
            });
            chunks.add(END);
            chunks.flush();
        } catch (Cancelled cancelled) {
            return;
        } catch (Throwable error) {
            try {
                chunks.add(new Failed(error));
                chunks.flush();
            } catch (Cancelled cancelled) {
                return;
            }
        }
    }

    /** Gathers events into chunks, each handed over when it holds enough rows or enough bytes of the file. */
    private static final class Chunks {
        private final CountingInputStream input;
        private final BlockingQueue<List<Object>> queue;
        private List<Object> current = new ArrayList<>(CHUNK_SIZE);
        private long startedAt;

        Chunks(CountingInputStream input, BlockingQueue<List<Object>> queue) {
            this.input = input;
            this.queue = queue;
        }

        void add(Object event) {
            current.add(event);
            if (current.size() == CHUNK_SIZE || input.count() - startedAt >= CHUNK_BYTES) {
                flush();
                current = new ArrayList<>(CHUNK_SIZE);
                startedAt = input.count();
            }
        }

        void flush() {
            try {
                queue.put(current);
            } catch (InterruptedException e) {
                throw new Cancelled();
            }
        }
    }

    private static RuntimeException rethrow(Throwable error) throws IOException {
        if (error instanceof IOException io) {
            throw io;
        }
        if (error instanceof RuntimeException runtime) {
            return runtime;
        }
        if (error instanceof Error fatal) {
            throw fatal;
        }
        return new IllegalStateException(error);
    }
}
