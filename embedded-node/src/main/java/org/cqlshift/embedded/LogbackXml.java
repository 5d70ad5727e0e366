package org.cqlshift.embedded;

/** The node's logging: one file, {@code logs/system.log}, started afresh at each start. */
final class LogbackXml {

    private LogbackXml() {
    }

    static String render(NodeLayout layout) {
        return "<configuration scan=\"false\">\n"
                + "  <appender name=\"SYSTEMLOG\" class=\"ch.qos.logback.core.FileAppender\">\n"
                + "    <file>" + escape(layout.systemLog().toString()) + "</file>\n"
                + "    <append>false</append>\n"
                + "    <encoder><pattern>%-5level [%thread] %date{ISO8601} %logger{36} - %msg%n</pattern></encoder>\n"
                + "  </appender>\n"
                + "  <root level=\"INFO\"><appender-ref ref=\"SYSTEMLOG\"/></root>\n"
                + "</configuration>\n";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
