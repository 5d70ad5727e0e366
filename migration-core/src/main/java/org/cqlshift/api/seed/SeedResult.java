package org.cqlshift.api.seed;

import java.time.Duration;
import java.util.List;

/** The outcome of a seed run, file by file in the order they were considered. */
public final class SeedResult {

    private final List<SeededFile> files;
    private final Duration elapsed;

    public SeedResult(List<SeededFile> files, Duration elapsed) {
        this.files = List.copyOf(files);
        this.elapsed = elapsed;
    }

    public List<SeededFile> files() {
        return files;
    }

    public List<SeededFile> loaded() {
        return files.stream().filter(f -> f.status() == SeededFile.Status.LOADED).toList();
    }

    public List<SeededFile> unchanged() {
        return files.stream().filter(f -> f.status() == SeededFile.Status.UNCHANGED).toList();
    }

    /** Rows sent over all loaded files. */
    public long rows() {
        return files.stream().mapToLong(SeededFile::rows).sum();
    }

    public Duration elapsed() {
        return elapsed;
    }

    @Override
    public String toString() {
        return "SeedResult" + files;
    }
}
