package org.cqlshift.runner;

import ch.qos.logback.classic.LoggerContext;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.LoggerFactory;

/** How the runner writes its own messages and the libraries' log: plain text, or one JSON object per line. */
enum LogFormat {
    TEXT, JSON;

    /** The environment variable that sets the format when {@code --log-format} is not given. */
    static final String ENVIRONMENT_VARIABLE = "CASSANDRA_LOG_FORMAT";
    static final String OPTION = "--log-format";

    /**
     * The format named by {@code --log-format} in raw arguments, for errors found while parsing them, when
     * the option may not have been read yet.
     */
    static Optional<LogFormat> requested(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String value = args[i].startsWith(OPTION + "=") ? args[i].substring(OPTION.length() + 1)
                    : args[i].equals(OPTION) && i + 1 < args.length ? args[i + 1] : null;
            if (value != null) {
                try {
                    return Optional.of(valueOf(value.toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    /** Switches library logging (logback) to JSON lines; plain text is what {@link LibraryLogging} sets up. */
    void configureLibraryLogging() {
        if (this == JSON && LoggerFactory.getILoggerFactory() instanceof LoggerContext) {
            LibraryLogging.useJson((LoggerContext) LoggerFactory.getILoggerFactory());
        }
    }
}
