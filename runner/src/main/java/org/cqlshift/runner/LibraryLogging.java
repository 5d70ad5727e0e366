package org.cqlshift.runner;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.spi.ContextAwareBase;
import net.logstash.logback.encoder.LogstashEncoder;
import net.logstash.logback.fieldnames.LogstashFieldNames;
import org.slf4j.Logger;

/**
 * How the libraries' log reaches stderr: only warnings, as plain text or one JSON object per line.
 *
 * <p>Registered as logback's {@link Configurator}, so no XML is parsed at start-up (which took a tenth of a
 * second of every short command). A {@code logback.configurationFile} system property or a
 * {@code logback-test.xml} on the class path still take precedence, as they do in logback.
 */
public final class LibraryLogging extends ContextAwareBase implements Configurator {

    /** Failed connection attempts are reported by the runner itself, once per wait, with the reason. */
    private static final String CONTROL_CONNECTION = "com.datastax.oss.driver.internal.core.control.ControlConnection";

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null
                || LibraryLogging.class.getClassLoader().getResource("logback-test.xml") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        configure(context, textEncoder(context));
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** Replaces whatever logging is set up with JSON lines carrying the runner's own field names. */
    static void useJson(LoggerContext context) {
        context.reset();
        configure(context, jsonEncoder(context));
    }

    static ConsoleAppender<ILoggingEvent> stderrAppender(LoggerContext context) {
        return (ConsoleAppender<ILoggingEvent>) context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("STDERR");
    }

    private static void configure(LoggerContext context, Encoder<ILoggingEvent> encoder) {
        ConsoleAppender<ILoggingEvent> appender = new ConsoleAppender<>();
        appender.setContext(context);
        appender.setName("STDERR");
        appender.setTarget("System.err");
        appender.setEncoder(encoder);
        appender.start();
        context.getLogger(CONTROL_CONNECTION).setLevel(Level.ERROR);
        ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(appender);
    }

    private static Encoder<ILoggingEvent> textEncoder(LoggerContext context) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%-5level %logger{20} - %msg%n");
        encoder.start();
        return encoder;
    }

    /** The field names of the runner's own JSON lines: timestamp, level, message, logger, thread, exception. */
    private static Encoder<ILoggingEvent> jsonEncoder(LoggerContext context) {
        LogstashFieldNames fieldNames = new LogstashFieldNames();
        fieldNames.setTimestamp("timestamp");
        fieldNames.setVersion("[ignore]");
        fieldNames.setLevelValue("[ignore]");
        fieldNames.setLogger("logger");
        fieldNames.setThread("thread");
        fieldNames.setStackTrace("exception");
        LogstashEncoder encoder = new LogstashEncoder();
        encoder.setContext(context);
        encoder.setFieldNames(fieldNames);
        encoder.start();
        return encoder;
    }
}
