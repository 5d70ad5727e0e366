package org.cqlshift.internal.verify;

import com.datastax.oss.driver.api.core.data.CqlDuration;
import com.datastax.oss.driver.api.core.data.CqlVector;
import com.datastax.oss.driver.api.core.data.TupleValue;
import com.datastax.oss.driver.api.core.data.UdtValue;
import com.datastax.oss.driver.api.core.type.DataType;
import com.datastax.oss.driver.api.core.type.ListType;
import com.datastax.oss.driver.api.core.type.MapType;
import com.datastax.oss.driver.api.core.type.SetType;
import com.datastax.oss.driver.api.core.type.TupleType;
import com.datastax.oss.driver.api.core.type.UserDefinedType;
import com.datastax.oss.driver.api.core.type.VectorType;
import com.datastax.oss.driver.api.core.type.codec.TypeCodec;
import com.datastax.oss.driver.api.core.type.codec.registry.CodecRegistry;
import com.datastax.oss.driver.api.core.uuid.Uuids;
import com.datastax.oss.protocol.internal.ProtocolConstants;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * Random, type-correct values for any CQL type the driver has a codec for, nested types included.
 * Values are random so that a key built from them is almost certainly one no real row uses.
 */
final class SyntheticValues {

    private static final int COLLECTION_SIZE = 2;
    private static final long YEAR_2000_MILLIS = 946_684_800_000L;
    private static final long HUNDRED_YEARS_MILLIS = 100L * 365 * 24 * 3600 * 1000;

    private final Random random;
    private final CodecRegistry codecs;

    SyntheticValues(Random random, CodecRegistry codecs) {
        this.random = random;
        this.codecs = codecs;
    }

    /** A random value of the type, as the driver's default codec for it expects. */
    Object valueOf(DataType type) {
        if (type instanceof ListType) {
            List<Object> list = new ArrayList<>();
            for (int i = 0; i < COLLECTION_SIZE; i++) {
                list.add(valueOf(((ListType) type).getElementType()));
            }
            return list;
        }
        if (type instanceof SetType) {
            Set<Object> set = new LinkedHashSet<>();
            for (int i = 0; i < COLLECTION_SIZE; i++) {
                set.add(valueOf(((SetType) type).getElementType()));
            }
            return set;
        }
        if (type instanceof MapType) {
            Map<Object, Object> map = new LinkedHashMap<>();
            for (int i = 0; i < COLLECTION_SIZE; i++) {
                map.put(valueOf(((MapType) type).getKeyType()), valueOf(((MapType) type).getValueType()));
            }
            return map;
        }
        if (type instanceof TupleType) {
            TupleType tupleType = (TupleType) type;
            TupleValue tuple = tupleType.newValue();
            for (int i = 0; i < tupleType.getComponentTypes().size(); i++) {
                DataType component = tupleType.getComponentTypes().get(i);
                tuple = tuple.set(i, valueOf(component), codec(component));
            }
            return tuple;
        }
        if (type instanceof UserDefinedType) {
            UserDefinedType udtType = (UserDefinedType) type;
            UdtValue udt = udtType.newValue();
            for (int i = 0; i < udtType.getFieldTypes().size(); i++) {
                DataType field = udtType.getFieldTypes().get(i);
                udt = udt.set(i, valueOf(field), codec(field));
            }
            return udt;
        }
        if (type instanceof VectorType) {
            return vectorOf((VectorType) type);
        }
        return primitiveOf(type);
    }

    /** A value of the type that differs from {@code previous}, for an update that must be visible. */
    Object differentValueOf(DataType type, Object previous) {
        for (int attempt = 0; attempt < 20; attempt++) {
            Object candidate = valueOf(type);
            if (!Objects.equals(candidate, previous)) {
                return candidate;
            }
        }
        throw new UnsupportedTypeException("cannot find a second value of type " + type.asCql(true, true));
    }

    /** The driver's default codec for the type, raw, because values are built generically. */
    @SuppressWarnings("unchecked")
    TypeCodec<Object> codec(DataType type) {
        return (TypeCodec<Object>) (TypeCodec<?>) codecs.codecFor(type);
    }

    private Object vectorOf(VectorType type) {
        List<Number> elements = new ArrayList<>();
        for (int i = 0; i < type.getDimensions(); i++) {
            Object element = valueOf(type.getElementType());
            if (!(element instanceof Number)) {
                throw new UnsupportedTypeException("vectors of " + type.getElementType().asCql(true, true)
                        + " are not supported by the driver; only numeric vectors are");
            }
            elements.add((Number) element);
        }
        return CqlVector.newInstance(elements);
    }

    private Object primitiveOf(DataType type) {
        switch (type.getProtocolCode()) {
            case ProtocolConstants.DataType.ASCII:
                return "verify-" + Long.toHexString(random.nextLong());
            case ProtocolConstants.DataType.VARCHAR:
                return "verify-" + new UUID(random.nextLong(), random.nextLong()) + "-\u00e9\u2713";
            case ProtocolConstants.DataType.INT:
                return random.nextInt();
            case ProtocolConstants.DataType.BIGINT:
                return random.nextLong();
            case ProtocolConstants.DataType.SMALLINT:
                return (short) random.nextInt();
            case ProtocolConstants.DataType.TINYINT:
                return (byte) random.nextInt();
            case ProtocolConstants.DataType.VARINT:
                return new BigInteger(96, random).subtract(BigInteger.ONE.shiftLeft(95));
            case ProtocolConstants.DataType.FLOAT:
                return (random.nextFloat() - 0.5f) * 1_000_000f;
            case ProtocolConstants.DataType.DOUBLE:
                return (random.nextDouble() - 0.5) * 1e12;
            case ProtocolConstants.DataType.DECIMAL:
                return new BigDecimal(new BigInteger(64, random), 1 + random.nextInt(6));
            case ProtocolConstants.DataType.BOOLEAN:
                return random.nextBoolean();
            case ProtocolConstants.DataType.UUID:
                return new UUID(random.nextLong(), random.nextLong() & 0x3FFFFFFFFFFFFFFFL | 0x8000000000000000L);
            case ProtocolConstants.DataType.TIMEUUID:
                return Uuids.timeBased();
            case ProtocolConstants.DataType.INET:
                return inetAddress();
            case ProtocolConstants.DataType.DURATION:
                return CqlDuration.newInstance(random.nextInt(24), random.nextInt(30),
                        Math.floorMod(random.nextLong(), 86_400_000_000_000L));
            case ProtocolConstants.DataType.BLOB:
                byte[] bytes = new byte[16];
                random.nextBytes(bytes);
                return ByteBuffer.wrap(bytes);
            case ProtocolConstants.DataType.DATE:
                return LocalDate.of(2000, 1, 1).plusDays(random.nextInt(36_500));
            case ProtocolConstants.DataType.TIME:
                return LocalTime.ofNanoOfDay(Math.floorMod(random.nextLong(), 86_400_000_000_000L));
            case ProtocolConstants.DataType.TIMESTAMP:
                return Instant.ofEpochMilli(YEAR_2000_MILLIS + Math.floorMod(random.nextLong(), HUNDRED_YEARS_MILLIS));
            case ProtocolConstants.DataType.COUNTER:
                return 1L + random.nextInt(1000);
            default:
                throw new UnsupportedTypeException("no value can be generated for type " + type.asCql(true, true));
        }
    }

    private InetAddress inetAddress() {
        byte[] address = new byte[random.nextBoolean() ? 4 : 16];
        random.nextBytes(address);
        try {
            return InetAddress.getByAddress(address);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("a 4- or 16-byte address is always valid", e);
        }
    }

    /** A column type verify cannot build a value for, such as a custom type. */
    static final class UnsupportedTypeException extends RuntimeException {
        UnsupportedTypeException(String message) {
            super(message);
        }
    }
}
