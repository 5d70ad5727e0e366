package org.cqlshift.api;

import java.util.function.Consumer;

/**
 * Where the engine tells the user what it does. The runner prints to the terminal, the Maven plugin
 * to the build log.
 */
public interface Reporter {

    void info(String message);

    void warn(String message);

    void debug(String message);

    /** A reporter that hands each message to the sink of its level, such as a build tool's log. */
    static Reporter of(Consumer<String> info, Consumer<String> warn, Consumer<String> debug) {
        return new Reporter() {
            @Override
            public void info(String message) {
                info.accept(message);
            }

            @Override
            public void warn(String message) {
                warn.accept(message);
            }

            @Override
            public void debug(String message) {
                debug.accept(message);
            }
        };
    }

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
