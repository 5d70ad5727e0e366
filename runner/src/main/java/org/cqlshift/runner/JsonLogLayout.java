package org.cqlshift.runner;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.CoreConstants;
import ch.qos.logback.core.LayoutBase;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** Library log events as JSON lines, for {@code --log-format json}; logback 1.2 has no JSON encoder. */
public final class JsonLogLayout extends LayoutBase<ILoggingEvent> {

    @Override
    public String doLayout(ILoggingEvent event) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("logger", event.getLoggerName());
        fields.put("thread", event.getThreadName());
        if (event.getThrowableProxy() != null) {
            fields.put("exception", ThrowableProxyUtil.asString(event.getThrowableProxy()));
        }
        return JsonLines.line(Instant.ofEpochMilli(event.getTimeStamp()), event.getLevel().toString(),
                event.getFormattedMessage(), fields) + CoreConstants.LINE_SEPARATOR;
    }
}
