package org.cqlshift.internal.seed;

import java.time.Instant;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;

/**
 * Reads a CQL timestamp from seed text: ISO-8601 with or without zone (UTC when absent), a date alone (midnight
 * UTC), or epoch milliseconds.
 */
final class Timestamps {

    /**
     * A date; then a time after {@code T} or a space; then a zone ({@code Z}, {@code +hh}, {@code +hh:mm}),
     * with the space some writers put before it. Strict, as the ISO formatters are: no February 30, no 24:00.
     */
    private static final DateTimeFormatter ISO = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart().appendLiteral('T').append(DateTimeFormatter.ISO_LOCAL_TIME).optionalEnd()
            .optionalStart().appendLiteral(' ').append(DateTimeFormatter.ISO_LOCAL_TIME).optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .optionalStart().parseLenient().appendOffsetId().parseStrict().optionalEnd()
            .parseDefaulting(ChronoField.HOUR_OF_DAY, 0)
            .parseDefaulting(ChronoField.OFFSET_SECONDS, 0)
            .toFormatter()
            .withResolverStyle(ResolverStyle.STRICT)
            .withChronology(IsoChronology.INSTANCE);

    private Timestamps() {
    }

    static Instant parse(String text) {
        String trimmed = text.trim();
        if (ScalarParsers.isDigits(trimmed, trimmed.startsWith("-") ? 1 : 0, trimmed.length())) {
            try {
                return Instant.ofEpochMilli(Long.parseLong(trimmed));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("out of range for epoch milliseconds");
            }
        }
        try {
            return ISO.parse(trimmed, Instant::from);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("expected ISO-8601 such as 2026-03-01T10:15:30Z"
                    + " (UTC when no zone is given) or epoch milliseconds");
        }
    }
}
