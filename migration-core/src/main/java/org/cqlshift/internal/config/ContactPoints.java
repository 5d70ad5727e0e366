package org.cqlshift.internal.config;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;

/** Parses {@code host:port,host:port}; a missing port means 9042, an IPv6 host is written {@code [::1]:9042}. */
public final class ContactPoints {

    public static final int DEFAULT_PORT = 9042;

    private ContactPoints() {
    }

    public static List<InetSocketAddress> parse(String value) {
        List<InetSocketAddress> points = new ArrayList<>();
        for (String entry : value.split(",")) {
            String text = entry.trim();
            if (text.isEmpty()) {
                continue;
            }
            points.add(parseOne(text));
        }
        if (points.isEmpty()) {
            throw new IllegalArgumentException("expected host:port[,host:port...] but found '" + value + "'");
        }
        return points;
    }

    private static InetSocketAddress parseOne(String text) {
        String host;
        String port;
        if (text.startsWith("[")) {
            int close = text.indexOf(']');
            if (close < 0) {
                throw new IllegalArgumentException("unclosed '[' in contact point '" + text + "'");
            }
            host = text.substring(1, close);
            String rest = text.substring(close + 1);
            if (!rest.isEmpty() && !rest.startsWith(":")) {
                throw new IllegalArgumentException("expected ':' and a port or nothing after ']' in contact point '"
                        + text + "' but found '" + rest + "'");
            }
            port = rest.isEmpty() ? null : rest.substring(1);
        } else {
            int colon = text.lastIndexOf(':');
            boolean bareIpv6 = colon >= 0 && text.indexOf(':') != colon;
            host = colon < 0 || bareIpv6 ? text : text.substring(0, colon);
            port = colon < 0 || bareIpv6 ? null : text.substring(colon + 1);
        }
        if (host.isBlank()) {
            throw new IllegalArgumentException("contact point '" + text + "' has no host");
        }
        int portNumber = DEFAULT_PORT;
        if (port != null) {
            try {
                portNumber = Integer.parseInt(port);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("port of contact point '" + text + "' is not a number");
            }
            if (portNumber < 1 || portNumber > 65535) {
                throw new IllegalArgumentException("port of contact point '" + text + "' is out of range 1-65535");
            }
        }
        return InetSocketAddress.createUnresolved(host, portNumber);
    }
}
