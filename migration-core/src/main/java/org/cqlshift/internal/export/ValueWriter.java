package org.cqlshift.internal.export;

import com.datastax.oss.driver.api.core.data.CqlVector;
import com.datastax.oss.driver.api.core.data.TupleValue;
import com.datastax.oss.driver.api.core.data.UdtValue;
import com.datastax.oss.driver.api.core.type.DataType;
import com.datastax.oss.driver.api.core.type.DataTypes;
import com.datastax.oss.driver.api.core.type.ListType;
import com.datastax.oss.driver.api.core.type.MapType;
import com.datastax.oss.driver.api.core.type.SetType;
import com.datastax.oss.driver.api.core.type.TupleType;
import com.datastax.oss.driver.api.core.type.UserDefinedType;
import com.datastax.oss.driver.api.core.type.VectorType;
import com.datastax.oss.protocol.internal.util.Bytes;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * Writes a value read from Cassandra in the spelling the seed loader reads back to the same value: numbers
 * as written by Java (doubles and floats exactly), blobs as 0x hex, timestamps as ISO-8601 UTC, durations
 * in CQL's form; collections, tuples and UDTs as JSON arrays and objects.
 */
final class ValueWriter {

    private static final JsonFactory JSON = new JsonFactory();
    private static final Set<DataType> NUMBERS = Set.of(DataTypes.INT, DataTypes.BIGINT, DataTypes.SMALLINT,
            DataTypes.TINYINT, DataTypes.VARINT, DataTypes.COUNTER, DataTypes.DECIMAL);

    private ValueWriter() {
    }

    static boolean isStructured(DataType type) {
        return type instanceof ListType || type instanceof SetType || type instanceof MapType
                || type instanceof TupleType || type instanceof UserDefinedType || type instanceof VectorType;
    }

    static void write(JsonGenerator out, DataType type, Object value) throws IOException {
        if (value == null) {
            out.writeNull();
        } else if (type instanceof ListType list) {
            items(out, list.getElementType(), (Collection<?>) value);
        } else if (type instanceof SetType set) {
            items(out, set.getElementType(), (Collection<?>) value);
        } else if (type instanceof VectorType vector) {
            out.writeStartArray();
            for (Object item : (CqlVector<?>) value) {
                write(out, vector.getElementType(), item);
            }
            out.writeEndArray();
        } else if (type instanceof MapType map) {
            out.writeStartObject();
            for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
                out.writeFieldName(text(map.getKeyType(), entry.getKey()));
                write(out, map.getValueType(), entry.getValue());
            }
            out.writeEndObject();
        } else if (type instanceof TupleType tuple) {
            TupleValue components = (TupleValue) value;
            out.writeStartArray();
            for (int i = 0; i < tuple.getComponentTypes().size(); i++) {
                write(out, tuple.getComponentTypes().get(i), components.getObject(i));
            }
            out.writeEndArray();
        } else if (type instanceof UserDefinedType udt) {
            UdtValue fields = (UdtValue) value;
            out.writeStartObject();
            for (int i = 0; i < udt.getFieldNames().size(); i++) {
                out.writeFieldName(udt.getFieldNames().get(i).asInternal());
                write(out, udt.getFieldTypes().get(i), fields.getObject(i));
            }
            out.writeEndObject();
        } else if (DataTypes.BOOLEAN.equals(type)) {
            out.writeBoolean((Boolean) value);
        } else if (NUMBERS.contains(type) || isFinite(type, value)) {
            out.writeNumber(text(type, value));
        } else {
            out.writeString(text(type, value));
        }
    }

    private static void items(JsonGenerator out, DataType type, Collection<?> items) throws IOException {
        out.writeStartArray();
        for (Object item : items) {
            write(out, type, item);
        }
        out.writeEndArray();
    }

    private static boolean isFinite(DataType type, Object value) {
        return (DataTypes.DOUBLE.equals(type) || DataTypes.FLOAT.equals(type))
                && Double.isFinite(((Number) value).doubleValue());
    }

    /** A non-null value as one piece of text: a scalar's spelling, or JSON for the structured types. */
    static String text(DataType type, Object value) {
        if (isStructured(type)) {
            StringWriter text = new StringWriter();
            try (JsonGenerator out = JSON.createGenerator(text)) {
                write(out, type, value);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return text.toString();
        }
        if (DataTypes.BLOB.equals(type)) {
            return Bytes.toHexString((ByteBuffer) value);
        }
        if (DataTypes.INET.equals(type)) {
            return ((InetAddress) value).getHostAddress();
        }
        if (DataTypes.FLOAT.equals(type)) {
            // The float's exact value as a double: parsing it back and narrowing gives the same float.
            return Double.toString((Float) value);
        }
        return value.toString();
    }
}
