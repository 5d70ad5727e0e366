package org.cqlshift.internal.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.datastax.oss.driver.api.core.CqlIdentifier;
import com.datastax.oss.driver.api.core.data.CqlDuration;
import com.datastax.oss.driver.api.core.data.CqlVector;
import com.datastax.oss.driver.api.core.data.TupleValue;
import com.datastax.oss.driver.api.core.data.UdtValue;
import com.datastax.oss.driver.api.core.type.DataType;
import com.datastax.oss.driver.api.core.type.DataTypes;
import com.datastax.oss.driver.api.core.type.UserDefinedType;
import com.datastax.oss.driver.api.core.type.codec.registry.CodecRegistry;
import com.datastax.oss.driver.internal.core.type.UserDefinedTypeBuilder;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ValueConverterTest {

    private final ValueConverter converter = new ValueConverter(CodecRegistry.DEFAULT);

    private static SeedValue.Scalar text(String text) {
        return new SeedValue.Scalar(text, false, 3, 7);
    }

    private static SeedValue.Sequence list(SeedValue... items) {
        return new SeedValue.Sequence(List.of(items), 3, 7);
    }

    private static SeedValue.Mapping map(String... keysAndValues) {
        Map<String, SeedValue> entries = new LinkedHashMap<>();
        Map<String, SeedValue.Scalar> keys = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            entries.put(keysAndValues[i], text(keysAndValues[i + 1]));
            keys.put(keysAndValues[i], text(keysAndValues[i]));
        }
        return new SeedValue.Mapping(entries, keys, 3, 7);
    }

    private Object convert(String value, DataType type) {
        return convert(text(value), type);
    }

    private Object convert(SeedValue node, DataType type) {
        return converter.forType(type).convert(node);
    }

    @Test
    void convertsScalarsByTheirCqlType() throws Exception {
        assertThat(convert("LyubovK", DataTypes.TEXT)).isEqualTo("LyubovK");
        assertThat(convert("2555", DataTypes.TEXT)).isEqualTo("2555");
        assertThat(convert("plain", DataTypes.ASCII)).isEqualTo("plain");
        assertThat(convert("2147483647", DataTypes.INT)).isEqualTo(Integer.MAX_VALUE);
        assertThat(convert("-9223372036854775808", DataTypes.BIGINT)).isEqualTo(Long.MIN_VALUE);
        assertThat(convert("-32768", DataTypes.SMALLINT)).isEqualTo(Short.MIN_VALUE);
        assertThat(convert("127", DataTypes.TINYINT)).isEqualTo((byte) 127);
        assertThat(convert("123456789012345678901234567890", DataTypes.VARINT))
                .isEqualTo(new BigInteger("123456789012345678901234567890"));
        assertThat(convert("2.5", DataTypes.FLOAT)).isEqualTo(2.5f);
        assertThat(convert("2555", DataTypes.DOUBLE)).isEqualTo(2555.0);
        assertThat(convert("-.inf", DataTypes.DOUBLE)).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(convert("12.340", DataTypes.DECIMAL)).isEqualTo(new BigDecimal("12.340"));
        assertThat(convert("7", DataTypes.COUNTER)).isEqualTo(7L);
        assertThat(convert("TRUE", DataTypes.BOOLEAN)).isEqualTo(true);
        assertThat(convert("0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0", DataTypes.UUID))
                .isEqualTo(UUID.fromString("0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0"));
        assertThat(convert("50554d6e-29bb-11e5-b345-feff819cdc9f", DataTypes.TIMEUUID))
                .isEqualTo(UUID.fromString("50554d6e-29bb-11e5-b345-feff819cdc9f"));
        assertThat(convert("10.0.0.1", DataTypes.INET)).isEqualTo(InetAddress.getByName("10.0.0.1"));
        assertThat(convert("::1", DataTypes.INET)).isEqualTo(InetAddress.getByName("::1"));
        assertThat(convert("1h30m", DataTypes.DURATION)).isEqualTo(CqlDuration.from("1h30m"));
        assertThat(convert("P1DT2H", DataTypes.DURATION)).isEqualTo(CqlDuration.from("P1DT2H"));
        assertThat(convert("0xCAFE", DataTypes.BLOB)).isEqualTo(ByteBuffer.wrap(new byte[] {(byte) 0xCA, (byte) 0xFE}));
        assertThat(convert("yv4=", DataTypes.BLOB)).isEqualTo(ByteBuffer.wrap(new byte[] {(byte) 0xCA, (byte) 0xFE}));
        assertThat(convert("2026-03-01", DataTypes.DATE)).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(convert("13:30:54.234", DataTypes.TIME)).isEqualTo(LocalTime.of(13, 30, 54, 234_000_000));
    }

    @Test
    void readsTimestampsWithOrWithoutZoneAndAsEpochMillis() {
        Instant expected = Instant.parse("2026-03-01T10:15:30Z");
        assertThat(convert("2026-03-01T10:15:30Z", DataTypes.TIMESTAMP)).isEqualTo(expected);
        assertThat(convert("2026-03-01T12:15:30+02:00", DataTypes.TIMESTAMP)).isEqualTo(expected);
        assertThat(convert("2026-03-01T10:15:30", DataTypes.TIMESTAMP)).isEqualTo(expected);
        assertThat(convert("2026-03-01 10:15:30", DataTypes.TIMESTAMP)).isEqualTo(expected);
        assertThat(convert("2026-03-01 10:15:30 Z", DataTypes.TIMESTAMP)).isEqualTo(expected);
        assertThat(convert(String.valueOf(expected.toEpochMilli()), DataTypes.TIMESTAMP)).isEqualTo(expected);
        assertThat(convert("2026-03-01", DataTypes.TIMESTAMP)).isEqualTo(Instant.parse("2026-03-01T00:00:00Z"));
    }

    @Test
    void rejectsValuesThatDoNotFitAndSaysWhy() {
        assertThatThrownBy(() -> convert("3000000000", DataTypes.INT))
                .isInstanceOf(ValueConverter.Mismatch.class).hasMessageContaining("out of range")
                .hasMessageContaining("2147483647");
        assertThatThrownBy(() -> convert("300", DataTypes.TINYINT)).hasMessageContaining("-128 to 127");
        assertThatThrownBy(() -> convert("2.5", DataTypes.INT)).hasMessageContaining("not a whole number");
        assertThatThrownBy(() -> convert("1e39", DataTypes.FLOAT)).hasMessageContaining("out of range");
        assertThatThrownBy(() -> convert("maybe", DataTypes.BOOLEAN)).hasMessageContaining("true or false");
        assertThatThrownBy(() -> convert("0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0", DataTypes.TIMEUUID))
                .hasMessageContaining("version 1");
        assertThatThrownBy(() -> convert("1-2-3-4-5", DataTypes.UUID)).hasMessageContaining("8-4-4-4-12");
        assertThatThrownBy(() -> convert("example.com", DataTypes.INET)).hasMessageContaining("IPv4 or IPv6");
        assertThatThrownBy(() -> convert("0xABC", DataTypes.BLOB)).hasMessageContaining("even number");
        assertThatThrownBy(() -> convert("2026-02-30", DataTypes.DATE)).hasMessageContaining("yyyy-mm-dd");
        assertThatThrownBy(() -> convert("soon", DataTypes.TIMESTAMP)).hasMessageContaining("ISO-8601");
        assertThatThrownBy(() -> convert("café", DataTypes.ASCII)).hasMessageContaining("US-ASCII");
    }

    @Test
    void buildsCollectionsFromSequencesAndMappings() {
        assertThat(convert(list(text("1"), text("2")), DataTypes.listOf(DataTypes.INT)))
                .isEqualTo(List.of(1, 2));
        assertThat(convert(list(text("a"), text("b")), DataTypes.setOf(DataTypes.TEXT, true)))
                .isEqualTo(Set.of("a", "b"));
        assertThat(convert(map("1", "2026-03-01"), DataTypes.mapOf(DataTypes.INT, DataTypes.DATE)))
                .isEqualTo(Map.of(1, LocalDate.of(2026, 3, 1)));
        assertThatThrownBy(() -> convert(text("a"), DataTypes.listOf(DataTypes.TEXT)))
                .hasMessageContaining("expected a list");
        assertThatThrownBy(() -> convert(list(new SeedValue.Scalar("null", true, 4, 9)),
                DataTypes.listOf(DataTypes.TEXT))).hasMessageContaining("cannot hold null")
                .satisfies(e -> assertThat(((ValueConverter.Mismatch) e).at().line()).isEqualTo(4));
    }

    @Test
    void buildsTuplesUdtsAndVectors() {
        TupleValue tuple = (TupleValue) convert(list(text("1"), text("x")),
                DataTypes.tupleOf(DataTypes.INT, DataTypes.TEXT));
        assertThat(tuple.getInt(0)).isEqualTo(1);
        assertThat(tuple.getString(1)).isEqualTo("x");
        assertThatThrownBy(() -> convert(list(text("1")), DataTypes.tupleOf(DataTypes.INT, DataTypes.TEXT)))
                .hasMessageContaining("a tuple of 2 values, found 1");

        UserDefinedType address = new UserDefinedTypeBuilder(CqlIdentifier.fromInternal("ks"),
                CqlIdentifier.fromInternal("address"))
                .withField(CqlIdentifier.fromInternal("street"), DataTypes.TEXT)
                .withField(CqlIdentifier.fromInternal("zip"), DataTypes.INT)
                .build();
        UdtValue udt = (UdtValue) convert(map("zip", "1010", "street", "Main"), address);
        assertThat(udt.getString("street")).isEqualTo("Main");
        assertThat(udt.getInt("zip")).isEqualTo(1010);
        assertThatThrownBy(() -> convert(map("town", "x"), address))
                .hasMessageContaining("has no field 'town'").hasMessageContaining("street, zip");

        assertThat(convert(list(text("0.5"), text("1"), text("-2")), DataTypes.vectorOf(DataTypes.FLOAT, 3)))
                .isEqualTo(CqlVector.newInstance(0.5f, 1f, -2f));
        assertThatThrownBy(() -> convert(list(text("1")), DataTypes.vectorOf(DataTypes.FLOAT, 3)))
                .hasMessageContaining("a vector of 3 values, found 1");
    }

    @Test
    void readsWholeNumbersAlikeWhetherShortOrLong() {
        assertThat(convert("+5", DataTypes.INT)).isEqualTo(5);
        assertThat(convert(" 7 ", DataTypes.INT)).isEqualTo(7);
        assertThat(convert("-0", DataTypes.INT)).isEqualTo(0);
        assertThat(convert("007", DataTypes.SMALLINT)).isEqualTo((short) 7);
        assertThat(convert("999999999999999999", DataTypes.BIGINT)).isEqualTo(999_999_999_999_999_999L);
        assertThat(convert("1000000000000000000", DataTypes.BIGINT)).isEqualTo(1_000_000_000_000_000_000L);
        assertThat(convert("9223372036854775807", DataTypes.BIGINT)).isEqualTo(Long.MAX_VALUE);
        assertThat(convert("-2147483648", DataTypes.INT)).isEqualTo(Integer.MIN_VALUE);
        assertThat(convert("١٢", DataTypes.INT)).as("digits of other scripts, as BigInteger reads them").isEqualTo(12);
        assertThatThrownBy(() -> convert("2147483648", DataTypes.INT))
                .hasMessage("out of range: the type holds -2147483648 to 2147483647");
        assertThatThrownBy(() -> convert("-129", DataTypes.TINYINT)).hasMessage("out of range: the type holds -128 to 127");
        assertThatThrownBy(() -> convert("9223372036854775808", DataTypes.BIGINT))
                .hasMessage("out of range: the type holds -9223372036854775808 to 9223372036854775807");
        assertThatThrownBy(() -> convert("-99999999999999999999", DataTypes.INT))
                .hasMessage("out of range: the type holds -2147483648 to 2147483647");
        for (String notWhole : List.of("", "+", "-", "1e3", "1_000", "0x10", "+-1", "1 2")) {
            assertThatThrownBy(() -> convert(notWhole, DataTypes.BIGINT)).as(notWhole).hasMessage("not a whole number");
        }
        Random random = new Random(11);
        for (int i = 0; i < 10_000; i++) {
            String text = String.valueOf(random.nextLong() >> random.nextInt(64));
            assertThat(convert(text, DataTypes.BIGINT)).as(text).isEqualTo(new BigInteger(text).longValue());
        }
    }

    @Test
    void readsDoublesToTheBitsBigDecimalGives() {
        Random random = new Random(13);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder(random.nextInt(4) == 0 ? "-" : "");
            int digits = 1 + random.nextInt(20);
            int point = random.nextInt(digits + 2);
            for (int d = 0; d < digits; d++) {
                text.append(d == point ? "." : "").append((char) ('0' + random.nextInt(10)));
            }
            assertThat(Double.doubleToRawLongBits((Double) convert(text.toString(), DataTypes.DOUBLE))).as(text.toString())
                    .isEqualTo(Double.doubleToRawLongBits(new BigDecimal(text.toString()).doubleValue()));
        }
        assertThat(Double.doubleToRawLongBits((Double) convert("-0.0", DataTypes.DOUBLE)))
                .as("BigDecimal has no negative zero").isZero();
        assertThat(Float.floatToRawIntBits((Float) convert("-0", DataTypes.FLOAT))).isZero();
        assertThat(convert("1e3", DataTypes.DOUBLE)).isEqualTo(1000.0);
        assertThat(convert(".5", DataTypes.DOUBLE)).isEqualTo(0.5);
        assertThat(convert("5.", DataTypes.DOUBLE)).isEqualTo(5.0);
        assertThat(convert("+873.38", DataTypes.DOUBLE)).isEqualTo(873.38);
        assertThat(convert("0.1", DataTypes.FLOAT)).isEqualTo(0.1f);
        assertThat(convert("NaN", DataTypes.DOUBLE)).isEqualTo(Double.NaN);
        assertThat(convert(".inf", DataTypes.DOUBLE)).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(convert("+.Inf", DataTypes.FLOAT)).isEqualTo(Float.POSITIVE_INFINITY);
        assertThat(convert("-INFINITY", DataTypes.DOUBLE)).isEqualTo(Double.NEGATIVE_INFINITY);
        for (String notNumber : List.of("", ".", "-", "1d", "1f", "0x1p3", "inf", "1,5", "1.2.3")) {
            assertThatThrownBy(() -> convert(notNumber, DataTypes.DOUBLE)).as(notNumber).hasMessage("not a number");
        }
        assertThatThrownBy(() -> convert("1e309", DataTypes.DOUBLE)).hasMessage("out of range for double");
    }

    @Test
    void readsEveryTimestampFormAsTheGeneralParserDoes() {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("2026-03-01T10:15:30.5Z", "2026-03-01T10:15:30.500Z");
        expected.put("2026-03-01T10:15:30.123456789Z", "2026-03-01T10:15:30.123456789Z");
        expected.put("2026-03-01T15:45:30+05:30", "2026-03-01T10:15:30Z");
        expected.put("2026-03-01T09:45:30-00:30", "2026-03-01T10:15:30Z");
        expected.put("2026-03-01T10:15:30-00:00", "2026-03-01T10:15:30Z");
        expected.put("2026-03-01T12:15:30+02", "2026-03-01T10:15:30Z");
        expected.put("2026-03-01 12:15:30 +02:00", "2026-03-01T10:15:30Z");
        expected.put("2026-03-01t10:15:30z", "2026-03-01T10:15:30Z");
        expected.put("2026-03-01T10:15", "2026-03-01T10:15:00Z");
        expected.put(" 2026-03-01T10:15:30Z ", "2026-03-01T10:15:30Z");
        expected.put("2024-02-29T00:00:00Z", "2024-02-29T00:00:00Z");
        expected.put("0000-01-01T00:00:00Z", "0000-01-01T00:00:00Z");
        expected.put("2026-01-01T00:00:00+18:00", "2025-12-31T06:00:00Z");
        expected.put("-1", "1969-12-31T23:59:59.999Z");
        expected.put("2026-03-01", "2026-03-01T00:00:00Z");
        expected.forEach((text, instant) ->
                assertThat(convert(text, DataTypes.TIMESTAMP)).as(text).isEqualTo(Instant.parse(instant)));
        for (String invalid : List.of("2026-02-29T00:00:00Z", "1900-02-29T00:00:00Z", "2026-04-31T00:00:00Z",
                "2026-13-01T00:00:00Z", "2026-01-01T24:00:00Z", "2026-01-01T23:59:60Z", "2026-01-01T00:00:00+18:01",
                "2026-01-01T00:00:00+02:60", "2026-03-01T10:15:30.1234567891Z", "2026-03-01T10:15:30+0200")) {
            assertThatThrownBy(() -> convert(invalid, DataTypes.TIMESTAMP)).as(invalid)
                    .hasMessageStartingWith("expected ISO-8601");
        }
        assertThatThrownBy(() -> convert("99999999999999999999", DataTypes.TIMESTAMP))
                .hasMessage("out of range for epoch milliseconds");
        Random random = new Random(17);
        for (int i = 0; i < 10_000; i++) {
            OffsetDateTime time = Instant.ofEpochSecond(random.nextInt(Integer.MAX_VALUE) * 2L - Integer.MAX_VALUE,
                    random.nextBoolean() ? 0 : random.nextInt(1_000_000_000))
                    .atOffset(ZoneOffset.ofTotalSeconds((random.nextInt(35) - 17) * 1800));
            assertThat(convert(time.toString(), DataTypes.TIMESTAMP)).as(time.toString()).isEqualTo(time.toInstant());
            assertThat(convert(time.toLocalDateTime().toString(), DataTypes.TIMESTAMP))
                    .isEqualTo(time.toLocalDateTime().toInstant(ZoneOffset.UTC));
        }
    }

    @Test
    void buildsOneConverterPerTypeThatKeepsNullsPositionsAndJsonText() {
        UserDefinedType measure = new UserDefinedTypeBuilder(CqlIdentifier.fromInternal("ks"),
                CqlIdentifier.fromInternal("measure"))
                .withField(CqlIdentifier.fromInternal("value"), DataTypes.DOUBLE)
                .withField(CqlIdentifier.fromInternal("unit"), DataTypes.TEXT)
                .build();
        DataType readings = DataTypes.listOf(measure);
        ValueConverter.TypeConverter readingsConverter = converter.forType(readings);
        assertThat(converter.forType(readings)).isSameAs(readingsConverter);

        List<?> values = (List<?>) readingsConverter.convert(text("[{\"value\": 1.5, \"unit\": null}]"));
        UdtValue first = (UdtValue) values.get(0);
        assertThat(first.getDouble("value")).isEqualTo(1.5);
        assertThat(first.isNull("unit")).isTrue();
        assertThat(readingsConverter.convert(new SeedValue.Scalar("", true, 3, 7))).isNull();
        assertThatThrownBy(() -> readingsConverter.convert(list(map("unit", "ppm", "depth", "3"))))
                .hasMessage("type measure has no field 'depth'; its fields are value, unit");
        SeedValue.Scalar badValue = new SeedValue.Scalar("high", false, 5, 11);
        SeedValue.Mapping reading = new SeedValue.Mapping(Map.of("value", badValue), Map.of("value", text("value")), 4, 9);
        assertThatThrownBy(() -> readingsConverter.convert(list(reading))).hasMessage("not a number")
                .satisfies(e -> assertThat(((ValueConverter.Mismatch) e).at()).isSameAs(badValue));

        DataType custom = DataTypes.custom("org.example.Thing");
        assertThat(convert(new SeedValue.Scalar("", true, 3, 7), custom)).isNull();
        assertThatThrownBy(() -> convert(text("x"), custom))
                .hasMessage("custom types cannot be seeded");
        assertThat(convert(list(text("1"), new SeedValue.Scalar("", true, 3, 7)),
                DataTypes.tupleOf(DataTypes.INT, custom))).isInstanceOf(TupleValue.class);
    }
}
