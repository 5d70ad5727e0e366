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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ValueConverterTest {

    private final ValueConverter converter = new ValueConverter(CodecRegistry.DEFAULT);

    private static YamlNode.Scalar text(String text) {
        return new YamlNode.Scalar(text, false, 3, 7);
    }

    private static YamlNode.Sequence list(YamlNode... items) {
        return new YamlNode.Sequence(List.of(items), 3, 7);
    }

    private static YamlNode.Mapping map(String... keysAndValues) {
        Map<String, YamlNode> entries = new LinkedHashMap<>();
        Map<String, YamlNode.Scalar> keys = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            entries.put(keysAndValues[i], text(keysAndValues[i + 1]));
            keys.put(keysAndValues[i], text(keysAndValues[i]));
        }
        return new YamlNode.Mapping(entries, keys, 3, 7);
    }

    private Object convert(String value, DataType type) {
        return converter.convert(text(value), type);
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
        assertThat(converter.convert(list(text("1"), text("2")), DataTypes.listOf(DataTypes.INT)))
                .isEqualTo(List.of(1, 2));
        assertThat(converter.convert(list(text("a"), text("b")), DataTypes.setOf(DataTypes.TEXT, true)))
                .isEqualTo(Set.of("a", "b"));
        assertThat(converter.convert(map("1", "2026-03-01"), DataTypes.mapOf(DataTypes.INT, DataTypes.DATE)))
                .isEqualTo(Map.of(1, LocalDate.of(2026, 3, 1)));
        assertThatThrownBy(() -> converter.convert(text("a"), DataTypes.listOf(DataTypes.TEXT)))
                .hasMessageContaining("expected a list");
        assertThatThrownBy(() -> converter.convert(list(new YamlNode.Scalar("null", true, 4, 9)),
                DataTypes.listOf(DataTypes.TEXT))).hasMessageContaining("cannot hold null")
                .satisfies(e -> assertThat(((ValueConverter.Mismatch) e).at().line()).isEqualTo(4));
    }

    @Test
    void buildsTuplesUdtsAndVectors() {
        TupleValue tuple = (TupleValue) converter.convert(list(text("1"), text("x")),
                DataTypes.tupleOf(DataTypes.INT, DataTypes.TEXT));
        assertThat(tuple.getInt(0)).isEqualTo(1);
        assertThat(tuple.getString(1)).isEqualTo("x");
        assertThatThrownBy(() -> converter.convert(list(text("1")), DataTypes.tupleOf(DataTypes.INT, DataTypes.TEXT)))
                .hasMessageContaining("a tuple of 2 values, found 1");

        UserDefinedType address = new UserDefinedTypeBuilder(CqlIdentifier.fromInternal("ks"),
                CqlIdentifier.fromInternal("address"))
                .withField(CqlIdentifier.fromInternal("street"), DataTypes.TEXT)
                .withField(CqlIdentifier.fromInternal("zip"), DataTypes.INT)
                .build();
        UdtValue udt = (UdtValue) converter.convert(map("zip", "1010", "street", "Main"), address);
        assertThat(udt.getString("street")).isEqualTo("Main");
        assertThat(udt.getInt("zip")).isEqualTo(1010);
        assertThatThrownBy(() -> converter.convert(map("town", "x"), address))
                .hasMessageContaining("has no field 'town'").hasMessageContaining("street, zip");

        assertThat(converter.convert(list(text("0.5"), text("1"), text("-2")), DataTypes.vectorOf(DataTypes.FLOAT, 3)))
                .isEqualTo(CqlVector.newInstance(0.5f, 1f, -2f));
        assertThatThrownBy(() -> converter.convert(list(text("1")), DataTypes.vectorOf(DataTypes.FLOAT, 3)))
                .hasMessageContaining("a vector of 3 values, found 1");
    }
}
