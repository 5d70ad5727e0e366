package org.cqlshift.api;

/**
 * Where the engine tells the user what it does. The runner prints to the terminal, the Maven plugin
 * to the build log.
 */
public interface Reporter {

    void info(String message);

    void warn(String message);

    void debug(String message);

    /** Discards everything; for callers that only want results. */
    Reporter SILENT = new Reporter() {
        @Override
        public void info(String message) {
        }

        @Override
        public void warn(String message) {
        }

        @Override
        public void debug(String message) {
        }
    };
}
