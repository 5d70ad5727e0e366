package org.cqlshift.benchmark.seeds;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time, user plus system, from Linux's /proc: of a running process, and of the children this JVM has
 * waited for. Seconds, or a negative value where /proc cannot be read.
 */
final class CpuTime {

    /** Linux reports these times in clock ticks of 1/100 s (USER_HZ). */
    private static final double TICKS_PER_SECOND = 100;

    private CpuTime() {
    }

    static double ofProcess(long pid) {
        return seconds(Path.of("/proc", String.valueOf(pid), "stat"), 11);
    }

    /** Counts a child, and its own waited-for children, once {@link Process#waitFor()} has returned. */
    static double ofWaitedChildren() {
        return seconds(Path.of("/proc/self/stat"), 13);
    }

    /** The sum of two fields of a stat file, counted from the one after the command name. */
    private static double seconds(Path stat, int firstField) {
        try {
            String text = Files.readString(stat);
            String[] fields = text.substring(text.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[firstField]) + Long.parseLong(fields[firstField + 1])) / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
