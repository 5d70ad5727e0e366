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
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
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
 * are parsed from their text by the CQL type; collections, tuples, UDTs and vectors recurse.
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

    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern EPOCH_MILLIS = Pattern.compile("-?\\d+");

    private final CodecRegistry codecs;
    private final Map<DataType, Function<String, Object>> scalarParsers = Map.ofEntries(
            Map.entry(DataTypes.TEXT, text -> text),
            Map.entry(DataTypes.ASCII, ValueConverter::ascii),
            Map.entry(DataTypes.INT, text -> wholeNumber(text, Integer.MIN_VALUE, Integer.MAX_VALUE).intValue()),
            Map.entry(DataTypes.BIGINT, text -> wholeNumber(text, Long.MIN_VALUE, Long.MAX_VALUE).longValue()),
            Map.entry(DataTypes.COUNTER, text -> wholeNumber(text, Long.MIN_VALUE, Long.MAX_VALUE).longValue()),
            Map.entry(DataTypes.SMALLINT, text -> wholeNumber(text, Short.MIN_VALUE, Short.MAX_VALUE).shortValue()),
            Map.entry(DataTypes.TINYINT, text -> wholeNumber(text, Byte.MIN_VALUE, Byte.MAX_VALUE).byteValue()),
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

    ValueConverter(CodecRegistry codecs) {
        this.codecs = codecs;
    }

    /** Converts a value; a YAML null gives null. */
    Object convert(YamlNode node, DataType type) {
        if (node instanceof YamlNode.Scalar scalar && scalar.isNull()) {
            return null;
        }
        if (node instanceof YamlNode.Scalar scalar && isStructured(type) && isJsonText(scalar.text())) {
            return convert(json(scalar), type);
        }
        if (type instanceof ListType list) {
            List<Object> values = new ArrayList<>();
            for (YamlNode item : sequence(node).items()) {
                values.add(element(item, list.getElementType()));
            }
            return values;
        }
        if (type instanceof SetType set) {
            Set<Object> values = new LinkedHashSet<>();
            for (YamlNode item : sequence(node).items()) {
                values.add(element(item, set.getElementType()));
            }
            return values;
        }
        if (type instanceof MapType map) {
            YamlNode.Mapping mapping = mapping(node);
            Map<Object, Object> values = new LinkedHashMap<>();
            mapping.entries().forEach((key, value) -> values.put(
                    element(mapping.keys().get(key), map.getKeyType()), element(value, map.getValueType())));
            return values;
        }
        if (type instanceof TupleType tuple) {
            return tuple(node, tuple);
        }
        if (type instanceof UserDefinedType udt) {
            return udt(node, udt);
        }
        if (type instanceof VectorType vector) {
            return vector(node, vector);
        }
        if (type instanceof CustomType) {
            throw new Mismatch(node, "custom types cannot be seeded");
        }
        Function<String, Object> parser = scalarParsers.get(type);
        if (parser == null) {
            throw new Mismatch(node, "this column type cannot be seeded");
        }
        if (!(node instanceof YamlNode.Scalar scalar)) {
            throw new Mismatch(node, "expected a single value, not " + node.describe());
        }
        try {
            return parser.apply(scalar.text());
        } catch (IllegalArgumentException | DateTimeParseException | ArithmeticException e) {
            throw new Mismatch(node, e.getMessage());
        }
    }

    private static boolean isStructured(DataType type) {
        return type instanceof ListType || type instanceof SetType || type instanceof MapType
                || type instanceof TupleType || type instanceof UserDefinedType || type instanceof VectorType;
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

    private Object element(YamlNode node, DataType type) {
        if (node instanceof YamlNode.Scalar scalar && scalar.isNull()) {
            throw new Mismatch(node, "collections cannot hold null");
        }
        return convert(node, type);
    }

    private TupleValue tuple(YamlNode node, TupleType type) {
        List<YamlNode> items = sequence(node).items();
        List<DataType> components = type.getComponentTypes();
        if (items.size() != components.size()) {
            throw new Mismatch(node, "a tuple of " + components.size() + " values, found " + items.size());
        }
        TupleValue value = type.newValue();
        for (int i = 0; i < items.size(); i++) {
            Object component = convert(items.get(i), components.get(i));
            value = component == null ? value.setToNull(i) : value.set(i, component, codec(components.get(i)));
        }
        return value;
    }

    private UdtValue udt(YamlNode node, UserDefinedType type) {
        YamlNode.Mapping mapping = mapping(node);
        UdtValue value = type.newValue();
        for (Map.Entry<String, YamlNode> entry : mapping.entries().entrySet()) {
            int index = type.firstIndexOf(CqlIdentifier.fromInternal(entry.getKey()));
            if (index < 0) {
                throw new Mismatch(mapping.keys().get(entry.getKey()), "type " + type.getName().asInternal()
                        + " has no field '" + entry.getKey() + "'; its fields are " + type.getFieldNames().stream()
                        .map(CqlIdentifier::asInternal).collect(Collectors.joining(", ")));
            }
            DataType fieldType = type.getFieldTypes().get(index);
            Object field = convert(entry.getValue(), fieldType);
            value = field == null ? value.setToNull(index) : value.set(index, field, codec(fieldType));
        }
        return value;
    }

    private CqlVector<Number> vector(YamlNode node, VectorType type) {
        List<YamlNode> items = sequence(node).items();
        if (items.size() != type.getDimensions()) {
            throw new Mismatch(node, "a vector of " + type.getDimensions() + " values, found " + items.size());
        }
        List<Number> values = new ArrayList<>(items.size());
        for (YamlNode item : items) {
            values.add((Number) element(item, type.getElementType()));
        }
        return CqlVector.newInstance(values);
    }

    @SuppressWarnings("unchecked")
    private <T> TypeCodec<T> codec(DataType type) {
        return (TypeCodec<T>) codecs.codecFor(type);
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

    private static BigInteger wholeNumber(String text, long min, long max) {
        BigInteger value = varint(text);
        if (value.compareTo(BigInteger.valueOf(min)) < 0 || value.compareTo(BigInteger.valueOf(max)) > 0) {
            throw new IllegalArgumentException("out of range: the type holds " + min + " to " + max);
        }
        return value;
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
        if (EPOCH_MILLIS.matcher(trimmed).matches()) {
            try {
                return Instant.ofEpochMilli(Long.parseLong(trimmed));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("out of range for epoch milliseconds");
            }
        }
        String iso = trimmed.length() > 10 && trimmed.charAt(10) == ' '
                ? trimmed.substring(0, 10) + 'T' + trimmed.substring(11).trim() : trimmed;
        iso = iso.replaceFirst(" ?(Z|[+-]\\d\\d(:?\\d\\d)?)$", "$1");
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
}
