package org.cqlshift.internal.cql;

/**
 * Line endings as {@code \n} only, so that a checkout converting them (git on Windows) neither changes a
 * script's checksum nor the statements it runs, multi-line string literals included.
 */
final class LineEndings {

    private LineEndings() {
    }

    /** {@code text} with every {@code \r\n} and every lone {@code \r} replaced by {@code \n}. */
    static String normalize(String text) {
        if (text.indexOf('\r') < 0) {
            return text;
        }
        StringBuilder normalized = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                normalized.append('\n');
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
            } else {
                normalized.append(c);
            }
        }
        return normalized.toString();
    }
}
