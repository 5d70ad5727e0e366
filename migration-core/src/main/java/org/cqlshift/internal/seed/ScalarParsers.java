package org.cqlshift.internal.seed;

import com.datastax.oss.driver.api.core.data.CqlDuration;
import com.datastax.oss.driver.api.core.type.DataType;
import com.datastax.oss.driver.api.core.type.DataTypes;
import com.datastax.oss.protocol.internal.util.Bytes;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Parses the text of a scalar CQL value into the Java value the driver's codec for its type expects. A parser
 * throws IllegalArgumentException with the reason when the text does not fit.
 */
final class ScalarParsers {

    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    private static final Map<DataType, Function<String, Object>> BY_TYPE = Map.ofEntries(
            Map.entry(DataTypes.TEXT, text -> text),
            Map.entry(DataTypes.ASCII, ScalarParsers::ascii),
            Map.entry(DataTypes.INT, text -> (int) wholeNumber(text, Integer.MIN_VALUE, Integer.MAX_VALUE)),
            Map.entry(DataTypes.BIGINT, text -> wholeNumber(text, Long.MIN_VALUE, Long.MAX_VALUE)),
            Map.entry(DataTypes.COUNTER, text -> wholeNumber(text, Long.MIN_VALUE, Long.MAX_VALUE)),
            Map.entry(DataTypes.SMALLINT, text -> (short) wholeNumber(text, Short.MIN_VALUE, Short.MAX_VALUE)),
            Map.entry(DataTypes.TINYINT, text -> (byte) wholeNumber(text, Byte.MIN_VALUE, Byte.MAX_VALUE)),
            Map.entry(DataTypes.VARINT, ScalarParsers::varint),
            Map.entry(DataTypes.FLOAT, ScalarParsers::floatValue),
            Map.entry(DataTypes.DOUBLE, ScalarParsers::doubleValue),
            Map.entry(DataTypes.DECIMAL, ScalarParsers::decimal),
            Map.entry(DataTypes.BOOLEAN, ScalarParsers::bool),
            Map.entry(DataTypes.UUID, ScalarParsers::uuid),
            Map.entry(DataTypes.TIMEUUID, ScalarParsers::timeuuid),
            Map.entry(DataTypes.INET, ScalarParsers::inet),
            Map.entry(DataTypes.DURATION, ScalarParsers::duration),
            Map.entry(DataTypes.BLOB, ScalarParsers::blob),
            Map.entry(DataTypes.DATE, ScalarParsers::date),
            Map.entry(DataTypes.TIME, ScalarParsers::time),
            Map.entry(DataTypes.TIMESTAMP, Timestamps::parse));

    private ScalarParsers() {
    }

    /** The parser of a scalar type; null for a type that is not a seedable scalar. */
    static Function<String, Object> forType(DataType type) {
        return BY_TYPE.get(type);
    }

    private static String ascii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 127) {
                throw new IllegalArgumentException("ascii holds only US-ASCII characters; '" + text.charAt(i)
                        + "' at position " + (i + 1) + " is not one");
            }
        }
        return text;
    }

    private static long wholeNumber(String text, long min, long max) {
        String trimmed = text.trim();
        long value;
        int firstDigit = trimmed.startsWith("+") || trimmed.startsWith("-") ? 1 : 0;
        // Up to 18 digits always fit a long: the common short number skips BigInteger.
        if (trimmed.length() - firstDigit <= 18 && isDigits(trimmed, firstDigit, trimmed.length())) {
            value = Long.parseLong(trimmed);
        } else {
            BigInteger exact = varint(trimmed);
            // More than a long holds, so out of range of every whole-number type.
            if (exact.bitLength() > 63) {
                throw outOfRange(min, max);
            }
            value = exact.longValue();
        }
        if (value < min || value > max) {
            throw outOfRange(min, max);
        }
        return value;
    }

    private static IllegalArgumentException outOfRange(long min, long max) {
        return new IllegalArgumentException("out of range: the type holds " + min + " to " + max);
    }

    /** Whether the characters from {@code from} to {@code to} are ASCII digits, at least one, within the text. */
    static boolean isDigits(String text, int from, int to) {
        if (from >= to || to > text.length()) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (!isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static BigInteger varint(String text) {
        try {
            return new BigInteger(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a whole number");
        }
    }

    private static Object floatValue(String text) {
        double value = doubleValue(text);
        float narrowed = (float) value;
        if (Float.isInfinite(narrowed) && !Double.isInfinite(value)) {
            throw new IllegalArgumentException("out of range for float (at most about 3.4e38)");
        }
        return narrowed;
    }

    private static Double doubleValue(String text) {
        String trimmed = text.trim();
        if (isShortPlainDecimal(trimmed)) {
            double value = Double.parseDouble(trimmed);
            // BigDecimal has no negative zero: "-0.0" reads as 0.0.
            return value == 0 ? 0.0 : value;
        }
        switch (trimmed.toLowerCase()) {
            case ".nan", "nan":
                return Double.NaN;
            case ".inf", "+.inf", "infinity", "+infinity":
                return Double.POSITIVE_INFINITY;
            case "-.inf", "-infinity":
                return Double.NEGATIVE_INFINITY;
            default:
                break;
        }
        double value;
        try {
            value = new BigDecimal(trimmed).doubleValue();
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number");
        }
        if (Double.isInfinite(value)) {
            throw new IllegalArgumentException("out of range for double");
        }
        return value;
    }

    /**
     * Whether the text is an optional sign and at most 15 ASCII digits with at most one point, no exponent: there
     * {@code Double.parseDouble} gives the bits {@code new BigDecimal(text).doubleValue()} does (both round
     * correctly), without BigDecimal's cost.
     */
    private static boolean isShortPlainDecimal(String text) {
        int start = text.startsWith("+") || text.startsWith("-") ? 1 : 0;
        int digits = 0;
        boolean point = false;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isDigit(c)) {
                digits++;
            } else if (c == '.' && !point) {
                point = true;
            } else {
                return false;
            }
        }
        return digits > 0 && digits <= 15;
    }

    private static BigDecimal decimal(String text) {
        try {
            return new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a decimal number");
        }
    }

    private static Boolean bool(String text) {
        String trimmed = text.trim();
        if (trimmed.equalsIgnoreCase("true")) {
            return Boolean.TRUE;
        }
        if (trimmed.equalsIgnoreCase("false")) {
            return Boolean.FALSE;
        }
        throw new IllegalArgumentException("expected true or false");
    }

    private static UUID uuid(String text) {
        String trimmed = text.trim();
        if (!UUID_TEXT.matcher(trimmed).matches()) {
            throw new IllegalArgumentException("expected 8-4-4-4-12 hexadecimal digits");
        }
        return UUID.fromString(trimmed);
    }

    private static UUID timeuuid(String text) {
        UUID value = uuid(text);
        if (value.version() != 1) {
            throw new IllegalArgumentException("a timeuuid is a version 1 (time-based) UUID; this one is version "
                    + value.version());
        }
        return value;
    }

    /** Only address literals: a host name would mean a DNS lookup per row. */
    private static InetAddress inet(String text) {
        String trimmed = text.trim();
        if (!IPV4.matcher(trimmed).matches() && !trimmed.contains(":")) {
            throw new IllegalArgumentException("expected an IPv4 or IPv6 address such as 10.0.0.1 or ::1");
        }
        try {
            return InetAddress.getByName(trimmed);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not an IP address");
        }
    }

    private static CqlDuration duration(String text) {
        try {
            return CqlDuration.from(text.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("expected a duration such as 1h30m, 2d or P1DT2H");
        }
    }

    private static ByteBuffer blob(String text) {
        String trimmed = text.trim();
        if (trimmed.startsWith("0x") || trimmed.startsWith("0X")) {
            try {
                return Bytes.fromHexString("0x" + trimmed.substring(2));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("expected an even number of hexadecimal digits after 0x");
            }
        }
        try {
            return ByteBuffer.wrap(Base64.getDecoder().decode(trimmed));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("expected hexadecimal 0x... or base64");
        }
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("expected a date yyyy-mm-dd");
        }
    }

    private static LocalTime time(String text) {
        try {
            return LocalTime.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("expected a time hh:mm[:ss[.fffffffff]]");
        }
    }
}
