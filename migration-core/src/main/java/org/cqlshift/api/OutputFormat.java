package org.cqlshift.api;

import java.util.Locale;

/** How a report or a log line is written: for people, or as JSON for machines. */
public enum OutputFormat {
    TEXT, JSON;

    /** As written in settings: {@code text} or {@code json}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
