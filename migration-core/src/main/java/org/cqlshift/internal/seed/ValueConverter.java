package org.cqlshift.internal.seed;

import com.datastax.oss.driver.api.core.CqlIdentifier;
import com.datastax.oss.driver.api.core.data.CqlDuration;
import com.datastax.oss.driver.api.core.data.CqlVector;
import com.datastax.oss.driver.api.core.data.TupleValue;
import com.datastax.oss.driver.api.core.data.UdtValue;
import com.datastax.oss.driver.api.core.type.CustomType;
import com.datastax.oss.driver.api.core.type.DataType;
import com.datastax.oss.driver.api.core.type.DataTypes;
import com.datastax.oss.driver.api.core.type.ListType;
import com.datastax.oss.driver.api.core.type.MapType;
import com.datastax.oss.driver.api.core.type.SetType;
import com.datastax.oss.driver.api.core.type.TupleType;
import com.datastax.oss.driver.api.core.type.UserDefinedType;
import com.datastax.oss.driver.api.core.type.VectorType;
import com.datastax.oss.driver.api.core.type.codec.TypeCodec;
import com.datastax.oss.driver.api.core.type.codec.registry.CodecRegistry;
import com.datastax.oss.protocol.internal.util.Bytes;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns a YAML value into the Java value the driver's codec for the column's CQL type expects. Scalars
 * are parsed from their text by the CQL type; collections, tuples, UDTs and vectors recurse. Not thread-safe:
 * it keeps a converter per type.
 */
final class ValueConverter {

    /** A value that does not fit; {@code at} is the innermost offending YAML value. */
    static final class Mismatch extends RuntimeException {
        private final YamlNode at;

        Mismatch(YamlNode at, String reason) {
            super(reason, null, false, false);
            this.at = at;
        }

        YamlNode at() {
            return at;
        }
    }

    /** Converts values of one CQL type; a YAML null gives null. */
    @FunctionalInterface
    interface TypeConverter {
        Object convert(YamlNode node);
    }

    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    /** A zone at the end of a timestamp, with the space some writers put before it. */
    private static final Pattern ZONE_SUFFIX = Pattern.compile(" ?(Z|[+-]\\d\\d(:?\\d\\d)?)$");
    private static final int SECONDS_PER_DAY = 86_400;
    private static final int MAX_OFFSET_SECONDS = 18 * 3600;

    private static final Map<DataType, Function<String, Object>> SCALAR_PARSERS = Map.ofEntries(
            Map.entry(DataTypes.TEXT, text -> text),
            Map.entry(DataTypes.ASCII, ValueConverter::ascii),
            Map.entry(DataTypes.INT, text -> (int) wholeNumber(text, Integer.MIN_VALUE, Integer.MAX_VALUE)),
            Map.entry(DataTypes.BIGINT, text -> wholeNumber(text, Long.MIN_VALUE, Long.MAX_VALUE)),
            Map.entry(DataTypes.COUNTER, text -> wholeNumber(text, Long.MIN_VALUE, Long.MAX_VALUE)),
            Map.entry(DataTypes.SMALLINT, text -> (short) wholeNumber(text, Short.MIN_VALUE, Short.MAX_VALUE)),
            Map.entry(DataTypes.TINYINT, text -> (byte) wholeNumber(text, Byte.MIN_VALUE, Byte.MAX_VALUE)),
            Map.entry(DataTypes.VARINT, ValueConverter::varint),
            Map.entry(DataTypes.FLOAT, ValueConverter::floatValue),
            Map.entry(DataTypes.DOUBLE, ValueConverter::doubleValue),
            Map.entry(DataTypes.DECIMAL, ValueConverter::decimal),
            Map.entry(DataTypes.BOOLEAN, ValueConverter::bool),
            Map.entry(DataTypes.UUID, ValueConverter::uuid),
            Map.entry(DataTypes.TIMEUUID, ValueConverter::timeuuid),
            Map.entry(DataTypes.INET, ValueConverter::inet),
            Map.entry(DataTypes.DURATION, ValueConverter::duration),
            Map.entry(DataTypes.BLOB, ValueConverter::blob),
            Map.entry(DataTypes.DATE, ValueConverter::date),
            Map.entry(DataTypes.TIME, ValueConverter::time),
            Map.entry(DataTypes.TIMESTAMP, ValueConverter::timestamp));

    private final CodecRegistry codecs;
    /** Built once per type: hashing a UDT or collection type per value costs more than converting it. */
    private final Map<DataType, TypeConverter> byType = new HashMap<>();

    ValueConverter(CodecRegistry codecs) {
        this.codecs = codecs;
    }

    /** The converter for a type, with its parts (element converters, UDT fields, codecs) resolved up front. */
    TypeConverter forType(DataType type) {
        TypeConverter converter = byType.get(type);
        if (converter == null) {
            // Not computeIfAbsent: building a structured type's converter builds (and caches) its parts' too.
            converter = build(type);
            byType.put(type, converter);
        }
        return converter;
    }

    private TypeConverter build(DataType type) {
        TypeConverter structure = structure(type);
        if (structure != null) {
            return node -> {
                if (node instanceof YamlNode.Scalar scalar) {
                    if (scalar.isNull()) {
                        return null;
                    }
                    if (isJsonText(scalar.text())) {
                        return structure.convert(json(scalar));
                    }
                }
                return structure.convert(node);
            };
        }
        if (type instanceof CustomType) {
            return unseedable("custom types cannot be seeded");
        }
        Function<String, Object> parser = SCALAR_PARSERS.get(type);
        if (parser == null) {
            return unseedable("this column type cannot be seeded");
        }
        return node -> {
            if (!(node instanceof YamlNode.Scalar scalar)) {
                throw new Mismatch(node, "expected a single value, not " + node.describe());
            }
            if (scalar.isNull()) {
                return null;
            }
            try {
                return parser.apply(scalar.text());
            } catch (IllegalArgumentException | DateTimeParseException | ArithmeticException e) {
                throw new Mismatch(node, e.getMessage());
            }
        };
    }

    /** A type no value can be converted to: only null passes. */
    private static TypeConverter unseedable(String reason) {
        return node -> {
            if (YamlNode.isNull(node)) {
                return null;
            }
            throw new Mismatch(node, reason);
        };
    }

    /** The converter of a collection, tuple, UDT or vector from its YAML form; null for other types. */
    private TypeConverter structure(DataType type) {
        if (type instanceof ListType list) {
            TypeConverter element = element(list.getElementType());
            return node -> {
                List<YamlNode> items = sequence(node).items();
                List<Object> values = new ArrayList<>(items.size());
                for (YamlNode item : items) {
                    values.add(element.convert(item));
                }
                return values;
            };
        }
        if (type instanceof SetType set) {
            TypeConverter element = element(set.getElementType());
            return node -> {
                Set<Object> values = new LinkedHashSet<>();
                for (YamlNode item : sequence(node).items()) {
                    values.add(element.convert(item));
                }
                return values;
            };
        }
        if (type instanceof MapType map) {
            TypeConverter key = element(map.getKeyType());
            TypeConverter value = element(map.getValueType());
            return node -> {
                YamlNode.Mapping mapping = mapping(node);
                Map<Object, Object> values = new LinkedHashMap<>();
                for (Map.Entry<String, YamlNode> entry : mapping.entries().entrySet()) {
                    values.put(key.convert(mapping.keys().get(entry.getKey())), value.convert(entry.getValue()));
                }
                return values;
            };
        }
        if (type instanceof TupleType tuple) {
            return tuple(tuple);
        }
        if (type instanceof UserDefinedType udt) {
            return udt(udt);
        }
        if (type instanceof VectorType vector) {
            return vector(vector);
        }
        return null;
    }

    private static boolean isJsonText(String text) {
        String trimmed = text.strip();
        return trimmed.startsWith("[") || trimmed.startsWith("{");
    }

    private static YamlNode json(YamlNode.Scalar text) {
        try {
            return SeedFileReader.jsonValue(text);
        } catch (IOException e) {
            String reason = e instanceof com.fasterxml.jackson.core.JsonProcessingException json
                    ? json.getOriginalMessage().lines().findFirst().orElse("") : e.getMessage();
            throw new Mismatch(text, "the value is not valid JSON: " + reason);
        }
    }

    /** The converter of a collection's or vector's elements, which cannot be null. */
    private TypeConverter element(DataType type) {
        TypeConverter converter = forType(type);
        return node -> {
            if (YamlNode.isNull(node)) {
                throw new Mismatch(node, "collections cannot hold null");
            }
            return converter.convert(node);
        };
    }

    private TypeConverter tuple(TupleType type) {
        List<DataType> componentTypes = type.getComponentTypes();
        TypeConverter[] components = new TypeConverter[componentTypes.size()];
        LazyCodec[] componentCodecs = new LazyCodec[componentTypes.size()];
        for (int i = 0; i < components.length; i++) {
            components[i] = forType(componentTypes.get(i));
            componentCodecs[i] = new LazyCodec(codecs, componentTypes.get(i));
        }
        return node -> {
            List<YamlNode> items = sequence(node).items();
            if (items.size() != components.length) {
                throw new Mismatch(node, "a tuple of " + components.length + " values, found " + items.size());
            }
            TupleValue value = type.newValue();
            for (int i = 0; i < components.length; i++) {
                Object component = components[i].convert(items.get(i));
                value = component == null ? value.setToNull(i) : value.set(i, component, componentCodecs[i].get());
            }
            return value;
        };
    }

    /** A UDT field by its name as written: its position, converter and codec. */
    private record Field(int index, TypeConverter converter, LazyCodec codec) {
    }

    private TypeConverter udt(UserDefinedType type) {
        List<CqlIdentifier> names = type.getFieldNames();
        Map<String, Field> fields = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            DataType fieldType = type.getFieldTypes().get(i);
            fields.putIfAbsent(names.get(i).asInternal(),
                    new Field(i, forType(fieldType), new LazyCodec(codecs, fieldType)));
        }
        String fieldNames = names.stream().map(CqlIdentifier::asInternal).collect(Collectors.joining(", "));
        return node -> {
            YamlNode.Mapping mapping = mapping(node);
            UdtValue value = type.newValue();
            for (Map.Entry<String, YamlNode> entry : mapping.entries().entrySet()) {
                Field field = fields.get(entry.getKey());
                if (field == null) {
                    throw new Mismatch(mapping.keys().get(entry.getKey()), "type " + type.getName().asInternal()
                            + " has no field '" + entry.getKey() + "'; its fields are " + fieldNames);
                }
                Object fieldValue = field.converter().convert(entry.getValue());
                value = fieldValue == null ? value.setToNull(field.index())
                        : value.set(field.index(), fieldValue, field.codec().get());
            }
            return value;
        };
    }

    private TypeConverter vector(VectorType type) {
        TypeConverter element = element(type.getElementType());
        int dimensions = type.getDimensions();
        return node -> {
            List<YamlNode> items = sequence(node).items();
            if (items.size() != dimensions) {
                throw new Mismatch(node, "a vector of " + dimensions + " values, found " + items.size());
            }
            List<Number> values = new ArrayList<>(items.size());
            for (YamlNode item : items) {
                values.add((Number) element.convert(item));
            }
            return CqlVector.newInstance(values);
        };
    }

    /**
     * A type's codec, looked up on first use and then kept: a type without one (a custom type) must fail only
     * when a value needs it, as a null value never does.
     */
    static final class LazyCodec {
        private final CodecRegistry codecs;
        private final DataType type;
        private TypeCodec<Object> codec;

        LazyCodec(CodecRegistry codecs, DataType type) {
            this.codecs = codecs;
            this.type = type;
        }

        TypeCodec<Object> get() {
            if (codec == null) {
                codec = codecs.codecFor(type);
            }
            return codec;
        }
    }

    private static YamlNode.Sequence sequence(YamlNode node) {
        if (node instanceof YamlNode.Sequence sequence) {
            return sequence;
        }
        throw new Mismatch(node, "expected a list such as [a, b], not " + node.describe());
    }

    private static YamlNode.Mapping mapping(YamlNode node) {
        if (node instanceof YamlNode.Mapping mapping) {
            return mapping;
        }
        throw new Mismatch(node, "expected a mapping such as {key: value}, not " + node.describe());
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
    private static boolean isDigits(String text, int from, int to) {
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

    private static boolean isDigit(char c) {
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

    /** ISO-8601 with or without zone (UTC when absent), a date alone (midnight UTC), or epoch milliseconds. */
    private static Instant timestamp(String text) {
        String trimmed = text.trim();
        Instant common = commonIsoTimestamp(trimmed);
        if (common != null) {
            return common;
        }
        if (isDigits(trimmed, trimmed.startsWith("-") ? 1 : 0, trimmed.length())) {
            try {
                return Instant.ofEpochMilli(Long.parseLong(trimmed));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("out of range for epoch milliseconds");
            }
        }
        String iso = trimmed.length() > 10 && trimmed.charAt(10) == ' '
                ? trimmed.substring(0, 10) + 'T' + trimmed.substring(11).trim() : trimmed;
        iso = ZONE_SUFFIX.matcher(iso).replaceFirst("$1");
        try {
            return OffsetDateTime.parse(iso).toInstant();
        } catch (DateTimeParseException withoutZone) {
            try {
                return LocalDateTime.parse(iso).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException notDateTime) {
                try {
                    return LocalDate.parse(iso).atStartOfDay().toInstant(ZoneOffset.UTC);
                } catch (DateTimeParseException e) {
                    throw new IllegalArgumentException("expected ISO-8601 such as 2026-03-01T10:15:30Z"
                            + " (UTC when no zone is given) or epoch milliseconds");
                }
            }
        }
    }

    /**
     * The common form {@code yyyy-mm-ddThh:mm:ss[.f]} with {@code Z}, {@code +hh:mm}, {@code -hh:mm} or no zone,
     * read without a DateTimeFormatter; null for any other text or a field out of range, which the general
     * path then reads or rejects with its message.
     */
    private static Instant commonIsoTimestamp(String text) {
        int length = text.length();
        if (length < 19 || !isDigits(text, 0, 4) || text.charAt(4) != '-' || !isDigits(text, 5, 7)
                || text.charAt(7) != '-' || !isDigits(text, 8, 10) || text.charAt(10) != 'T'
                || !isDigits(text, 11, 13) || text.charAt(13) != ':' || !isDigits(text, 14, 16)
                || text.charAt(16) != ':' || !isDigits(text, 17, 19)) {
            return null;
        }
        int position = 19;
        int nanos = 0;
        if (position < length && text.charAt(position) == '.') {
            int fractionEnd = position + 1;
            while (fractionEnd < length && isDigit(text.charAt(fractionEnd))) {
                fractionEnd++;
            }
            int fractionDigits = fractionEnd - position - 1;
            if (fractionDigits < 1 || fractionDigits > 9) {
                return null;
            }
            nanos = number(text, position + 1, fractionEnd);
            for (int i = fractionDigits; i < 9; i++) {
                nanos *= 10;
            }
            position = fractionEnd;
        }
        int offsetSeconds;
        if (position == length) {
            offsetSeconds = 0;
        } else if (position + 1 == length && text.charAt(position) == 'Z') {
            offsetSeconds = 0;
        } else if (position + 6 == length && (text.charAt(position) == '+' || text.charAt(position) == '-')
                && isDigits(text, position + 1, position + 3) && text.charAt(position + 3) == ':'
                && isDigits(text, position + 4, position + 6)) {
            int offsetMinutes = number(text, position + 4, position + 6);
            offsetSeconds = number(text, position + 1, position + 3) * 3600 + offsetMinutes * 60;
            if (offsetMinutes > 59 || offsetSeconds > MAX_OFFSET_SECONDS) {
                return null;
            }
            if (text.charAt(position) == '-') {
                offsetSeconds = -offsetSeconds;
            }
        } else {
            return null;
        }
        int year = number(text, 0, 4);
        int month = number(text, 5, 7);
        int day = number(text, 8, 10);
        int hour = number(text, 11, 13);
        int minute = number(text, 14, 16);
        int second = number(text, 17, 19);
        if (month < 1 || month > 12 || day < 1 || day > Month.of(month).length(Year.isLeap(year))
                || hour > 23 || minute > 59 || second > 59) {
            return null;
        }
        long epochSecond = LocalDate.of(year, month, day).toEpochDay() * SECONDS_PER_DAY
                + hour * 3600 + minute * 60 + second - offsetSeconds;
        return Instant.ofEpochSecond(epochSecond, nanos);
    }

    /** The value of the ASCII digits from {@code from} to {@code to}. */
    private static int number(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            value = value * 10 + (text.charAt(i) - '0');
        }
        return value;
    }
}
