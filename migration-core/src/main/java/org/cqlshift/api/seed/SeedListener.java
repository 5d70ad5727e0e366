package org.cqlshift.api.seed;

/**
 * Hears about a seed run as it goes, so a front end can draw progress. Called from the thread running
 * the seed; {@link #progress} arrives often (every few thousand rows) and must return quickly.
 */
public interface SeedListener {

    /** A file is about to be checked and, if it is valid, written. */
    default void fileStarted(String file) {
    }

    default void progress(SeedProgress progress) {
    }

    /** A file was loaded or skipped. */
    default void fileFinished(SeededFile file) {
    }
}
