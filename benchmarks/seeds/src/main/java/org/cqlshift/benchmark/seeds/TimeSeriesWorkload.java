package org.cqlshift.benchmark.seeds;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.type.UserDefinedType;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A time series: a number of sensors (partitions), each with many readings clustered by time; each row
 * has a UDT, a set and a map. Rows come partition by partition, as a time series is usually exported.
 */
final class TimeSeriesWorkload implements Workload {

    static final String NAME = "timeseries";

    private static final String[] UNITS = {"C", "kPa", "lux", "ppm"};
    private static final String[] TAGS = {"calibrated", "indoor", "outdoor", "battery", "mains", "v2"};
    private static final String[] SITES = {"north", "south", "east", "west"};
    private static final long START_MILLIS = Instant.parse("2026-03-01T00:00:00Z").toEpochMilli();

    private final int partitions;
    private final int rowsPerPartition;

    TimeSeriesWorkload(int partitions, int rowsPerPartition) {
        this.partitions = partitions;
        this.rowsPerPartition = rowsPerPartition;
    }

    private record Reading(String sensor, Instant ts, double value, String unit, int quality, Set<String> tags,
            Map<String, String> attrs) {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public long rows() {
        return (long) partitions * rowsPerPartition;
    }

    @Override
    public List<String> schema(String keyspace, String table) {
        return List.of("CREATE TYPE IF NOT EXISTS " + keyspace + ".measure (value double, unit text, quality int)",
                "CREATE TABLE " + keyspace + "." + table + " (sensor_id text, ts timestamp, reading frozen<measure>,"
                        + " tags set<text>, attrs map<text, text>, PRIMARY KEY (sensor_id, ts))");
    }

    @Override
    public String columns() {
        return "sensor_id,ts,reading,tags,attrs";
    }

    private void generate(Consumer<Reading> row) {
        Random random = new Random(20260302L);
        for (int p = 0; p < partitions; p++) {
            String sensor = String.format("sensor-%04d", p);
            for (int i = 0; i < rowsPerPartition; i++) {
                Set<String> tags = new LinkedHashSet<>();
                tags.add(TAGS[random.nextInt(TAGS.length)]);
                tags.add(TAGS[random.nextInt(TAGS.length)]);
                Map<String, String> attrs = new LinkedHashMap<>();
                attrs.put("site", SITES[random.nextInt(SITES.length)]);
                attrs.put("firmware", "1." + random.nextInt(20));
                row.accept(new Reading(sensor, Instant.ofEpochMilli(START_MILLIS + i * 1000L),
                        random.nextInt(100_000) / 100.0, UNITS[random.nextInt(UNITS.length)], random.nextInt(5),
                        tags, attrs));
            }
        }
    }

    @Override
    public void values(CqlSession session, String keyspace, Consumer<Object[]> row) {
        UserDefinedType measure = session.getMetadata().getKeyspace(keyspace)
                .flatMap(ks -> ks.getUserDefinedType("measure")).orElseThrow();
        generate(r -> row.accept(new Object[] {r.sensor(), r.ts(),
                measure.newValue(r.value(), r.unit(), r.quality()), r.tags(), r.attrs()}));
    }

    @Override
    public void write(String table, Path yaml, Path csv, Path jsonl) throws IOException {
        try (BufferedWriter y = Workload.open(yaml); BufferedWriter c = Workload.open(csv);
                BufferedWriter j = Workload.open(jsonl)) {
            y.write("table: " + table + "\nrows:\n");
            c.write(columns() + "\n");
            generate(r -> {
                try {
                    y.write("  - {sensor_id: " + r.sensor() + ", ts: '" + r.ts() + "', reading: {value: " + r.value()
                            + ", unit: " + r.unit() + ", quality: " + r.quality() + "}, tags: [" + String.join(", ",
                            r.tags()) + "], attrs: {" + yamlMap(r.attrs()) + "}}\n");
                    // dsbulk reads collections and UDTs in CSV cells as JSON; its CSV escape character is \.
                    c.write(r.sensor() + "," + r.ts() + ",\"{" + quoted("value") + ":" + r.value() + ","
                            + quoted("unit") + ":" + quoted(r.unit()) + "," + quoted("quality") + ":" + r.quality()
                            + "}\",\"[" + jsonStrings(r.tags()) + "]\",\"{" + jsonMap(r.attrs()) + "}\"\n");
                    j.write("{\"sensor_id\": \"" + r.sensor() + "\", \"ts\": \"" + r.ts() + "\", \"reading\": {\"value\": "
                            + r.value() + ", \"unit\": \"" + r.unit() + "\", \"quality\": " + r.quality() + "}, \"tags\": ["
                            + (String.join(",", r.tags().stream().map(t -> "\"" + t + "\"").toList())) + "], \"attrs\": {"
                            + String.join(", ", r.attrs().entrySet().stream().map(a -> "\"" + a.getKey() + "\": \""
                                    + a.getValue() + "\"").toList()) + "}}\n");
                } catch (IOException io) {
                    throw new UncheckedIOException(io);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static String yamlMap(Map<String, String> map) {
        StringBuilder text = new StringBuilder();
        map.forEach((k, v) -> text.append(text.length() == 0 ? "" : ", ").append(k).append(": '").append(v).append('\''));
        return text.toString();
    }

    /** A JSON string inside a quoted CSV cell. */
    private static String quoted(String text) {
        return "\\\"" + text + "\\\"";
    }

    private static String jsonStrings(Set<String> values) {
        StringBuilder text = new StringBuilder();
        values.forEach(v -> text.append(text.length() == 0 ? "" : ",").append(quoted(v)));
        return text.toString();
    }

    private static String jsonMap(Map<String, String> map) {
        StringBuilder text = new StringBuilder();
        map.forEach((k, v) -> text.append(text.length() == 0 ? "" : ",").append(quoted(k)).append(':').append(quoted(v)));
        return text.toString();
    }
}
