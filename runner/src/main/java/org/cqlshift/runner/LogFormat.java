package org.cqlshift.runner;

import ch.qos.logback.classic.LoggerContext;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import org.cqlshift.api.OutputFormat;
import org.cqlshift.api.config.Setting;
import org.slf4j.LoggerFactory;

/** How the runner writes its own messages and the libraries' log: plain text, or one JSON object per line. */
final class LogFormat {

    private LogFormat() {
    }

    /**
     * The format named by {@link Setting#LOG_FORMAT}'s flag in raw arguments, else by its environment variable,
     * for errors found before the settings are resolved; plain text when neither names a known format.
     */
    static OutputFormat requested(String[] args, Map<String, String> environment) {
        String flag = Setting.LOG_FORMAT.flag();
        for (int i = 0; i < args.length; i++) {
            String value = args[i].startsWith(flag + "=") ? args[i].substring(flag.length() + 1)
                    : args[i].equals(flag) && i + 1 < args.length ? args[i + 1] : null;
            if (value != null) {
                return parse(value).orElse(OutputFormat.TEXT);
            }
        }
        return parse(environment.getOrDefault(Setting.LOG_FORMAT.environmentVariable(), "")).orElse(OutputFormat.TEXT);
    }

    private static Optional<OutputFormat> parse(String text) {
        return Arrays.stream(OutputFormat.values()).filter(format -> format.label().equalsIgnoreCase(text.trim()))
                .findFirst();
    }

    /** Switches library logging (logback) to JSON lines; plain text is what {@link LibraryLogging} sets up. */
    static void configureLibraryLogging(OutputFormat format) {
        if (format == OutputFormat.JSON && LoggerFactory.getILoggerFactory() instanceof LoggerContext) {
            LibraryLogging.useJson((LoggerContext) LoggerFactory.getILoggerFactory());
        }
    }
}
