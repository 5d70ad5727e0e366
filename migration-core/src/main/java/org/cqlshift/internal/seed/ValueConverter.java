package org.cqlshift.internal.seed;

import com.datastax.oss.driver.api.core.CqlIdentifier;
import com.datastax.oss.driver.api.core.data.CqlVector;
import com.datastax.oss.driver.api.core.data.TupleValue;
import com.datastax.oss.driver.api.core.data.UdtValue;
import com.datastax.oss.driver.api.core.type.CustomType;
import com.datastax.oss.driver.api.core.type.DataType;
import com.datastax.oss.driver.api.core.type.ListType;
import com.datastax.oss.driver.api.core.type.MapType;
import com.datastax.oss.driver.api.core.type.SetType;
import com.datastax.oss.driver.api.core.type.TupleType;
import com.datastax.oss.driver.api.core.type.UserDefinedType;
import com.datastax.oss.driver.api.core.type.VectorType;
import com.datastax.oss.driver.api.core.type.codec.TypeCodec;
import com.datastax.oss.driver.api.core.type.codec.registry.CodecRegistry;
import java.io.IOException;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns a YAML value into the Java value the driver's codec for the column's CQL type expects. Scalars
 * are parsed from their text by the CQL type; collections, tuples, UDTs and vectors recurse. Not thread-safe:
 * it keeps a converter per type.
 */
final class ValueConverter {

    /** A value that does not fit; {@code at} is the innermost offending YAML value. */
    static final class Mismatch extends RuntimeException {
        private final SeedValue at;

        Mismatch(SeedValue at, String reason) {
            super(reason, null, false, false);
            this.at = at;
        }

        SeedValue at() {
            return at;
        }
    }

    /** Converts values of one CQL type; a YAML null gives null. */
    @FunctionalInterface
    interface TypeConverter {
        Object convert(SeedValue node);
    }

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
                if (node instanceof SeedValue.Scalar scalar) {
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
        Function<String, Object> parser = ScalarParsers.forType(type);
        if (parser == null) {
            return unseedable("this column type cannot be seeded");
        }
        return node -> {
            if (!(node instanceof SeedValue.Scalar scalar)) {
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
            if (SeedValue.isNull(node)) {
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
                List<SeedValue> items = sequence(node).items();
                List<Object> values = new ArrayList<>(items.size());
                for (SeedValue item : items) {
                    values.add(element.convert(item));
                }
                return values;
            };
        }
        if (type instanceof SetType set) {
            TypeConverter element = element(set.getElementType());
            return node -> {
                Set<Object> values = new LinkedHashSet<>();
                for (SeedValue item : sequence(node).items()) {
                    values.add(element.convert(item));
                }
                return values;
            };
        }
        if (type instanceof MapType map) {
            TypeConverter key = element(map.getKeyType());
            TypeConverter value = element(map.getValueType());
            return node -> {
                SeedValue.Mapping mapping = mapping(node);
                Map<Object, Object> values = new LinkedHashMap<>();
                for (Map.Entry<String, SeedValue> entry : mapping.entries().entrySet()) {
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

    private static SeedValue json(SeedValue.Scalar text) {
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
            if (SeedValue.isNull(node)) {
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
            List<SeedValue> items = sequence(node).items();
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
            SeedValue.Mapping mapping = mapping(node);
            UdtValue value = type.newValue();
            for (Map.Entry<String, SeedValue> entry : mapping.entries().entrySet()) {
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
            List<SeedValue> items = sequence(node).items();
            if (items.size() != dimensions) {
                throw new Mismatch(node, "a vector of " + dimensions + " values, found " + items.size());
            }
            List<Number> values = new ArrayList<>(items.size());
            for (SeedValue item : items) {
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

    private static SeedValue.Sequence sequence(SeedValue node) {
        if (node instanceof SeedValue.Sequence sequence) {
            return sequence;
        }
        throw new Mismatch(node, "expected a list such as [a, b], not " + node.describe());
    }

    private static SeedValue.Mapping mapping(SeedValue node) {
        if (node instanceof SeedValue.Mapping mapping) {
            return mapping;
        }
        throw new Mismatch(node, "expected a mapping such as {key: value}, not " + node.describe());
    }
}
