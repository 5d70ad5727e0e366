package org.cqlshift.api.seed;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

import com.datastax.oss.driver.api.core.cql.BoundStatement;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import com.datastax.oss.driver.api.core.cql.Row;
import com.datastax.oss.driver.api.core.data.CqlDuration;
import com.datastax.oss.driver.api.core.data.CqlVector;
import com.datastax.oss.driver.api.core.data.TupleValue;
import com.datastax.oss.driver.api.core.data.UdtValue;
import com.datastax.oss.driver.api.core.type.UserDefinedType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.cqlshift.embedded.EmbeddedCassandra;
import org.cqlshift.embedded.junit.CassandraExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

@ExtendWith(CassandraExtension.class)
class SeedTypesTest {

    private SeedNode db;

    @BeforeEach
    void keyspace(EmbeddedCassandra node, TestInfo test, @TempDir Path seeds) {
        db = SeedNode.forTest(node, "types", test, seeds);
    }

    @AfterEach
    void dropKeyspace() {
        db.close();
    }

    @Test
    void everyCqlTypeRoundTrips() throws Exception {
        db.cql("CREATE TYPE ${ks}.address (street text, zip int, tags frozen<set<text>>)");
        db.cql("CREATE TABLE ${ks}.everything (id int PRIMARY KEY, t text, a ascii, vc varchar, i int, bi bigint,"
                + " si smallint, ti tinyint, vi varint, f float, d double, dec decimal, b boolean, u uuid,"
                + " tu timeuuid, ip inet, du duration, bl blob, dt date, tm time, ts timestamp, l list<int>,"
                + " s set<text>, m map<text, date>, fl frozen<list<text>>, fm frozen<map<int, text>>,"
                + " tup tuple<int, text, date>, addr frozen<address>, addrs list<frozen<address>>,"
                + " v vector<float, 3>)");
        db.cql("CREATE TABLE ${ks}.hits (page text PRIMARY KEY, views counter, likes counter)");
        db.file("all.yaml", """
                table: everything
                rows:
                  - id: 1
                    t: "héllo"
                    a: plain
                    vc: 2026-03-01
                    i: -42
                    bi: 9223372036854775807
                    si: 32767
                    ti: -128
                    vi: 123456789012345678901234567890
                    f: 1.5
                    d: 2555
                    dec: 12.340
                    b: true
                    u: 6f1c6a4e-2b0f-4c55-9a59-5d4b0e7d2a01
                    tu: 50554d6e-29bb-11e5-b345-feff819cdc9f
                    ip: 192.168.0.1
                    du: 1h30m
                    bl: 0xCAFE
                    dt: 2026-03-01
                    tm: '13:30:54.234'
                    ts: 2026-03-01T10:15:30Z
                    l: [3, 1, 2]
                    s: [b, a]
                    m: {start: 2026-03-01, end: '2026-12-31'}
                    fl: [x, y]
                    fm: {1: one, 2: two}
                    tup: [7, seven, 2026-03-01]
                    addr: {street: Main, zip: 1010, tags: [home]}
                    addrs: [{street: A, zip: 1}, {street: B}]
                    v: [0.5, 1, -2]
                  - {id: 2, bl: yv4=, ts: 1772360130000, tm: 13:30, ip: '::1', dt: "2026-03-02", vc: 42}
                ---
                table: hits
                rows:
                  - {page: home, views: 10, likes: 2}
                  - {page: home, views: 5}
                  - {page: about, likes: 1}
                """);

        db.seed();

        Row one = db.session.execute("SELECT * FROM " + db.keyspace + ".everything WHERE id = 1").one();
        assertThat(one.getString("t")).isEqualTo("héllo");
        assertThat(one.getString("a")).isEqualTo("plain");
        assertThat(one.getString("vc")).isEqualTo("2026-03-01");
        assertThat(one.getInt("i")).isEqualTo(-42);
        assertThat(one.getLong("bi")).isEqualTo(Long.MAX_VALUE);
        assertThat(one.getShort("si")).isEqualTo((short) 32767);
        assertThat(one.getByte("ti")).isEqualTo((byte) -128);
        assertThat(one.getBigInteger("vi")).isEqualTo(new BigInteger("123456789012345678901234567890"));
        assertThat(one.getFloat("f")).isEqualTo(1.5f);
        assertThat(one.getDouble("d")).isEqualTo(2555.0);
        assertThat(one.getBigDecimal("dec")).isEqualTo(new BigDecimal("12.340"));
        assertThat(one.getBoolean("b")).isTrue();
        assertThat(one.getUuid("u")).isEqualTo(UUID.fromString("6f1c6a4e-2b0f-4c55-9a59-5d4b0e7d2a01"));
        assertThat(one.getUuid("tu")).isEqualTo(UUID.fromString("50554d6e-29bb-11e5-b345-feff819cdc9f"));
        assertThat(one.getInetAddress("ip")).isEqualTo(InetAddress.getByName("192.168.0.1"));
        assertThat(one.getCqlDuration("du")).isEqualTo(CqlDuration.from("1h30m"));
        assertThat(one.getByteBuffer("bl")).isEqualTo(ByteBuffer.wrap(new byte[] {(byte) 0xCA, (byte) 0xFE}));
        assertThat(one.getLocalDate("dt")).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(one.getLocalTime("tm")).isEqualTo(LocalTime.of(13, 30, 54, 234_000_000));
        assertThat(one.getInstant("ts")).isEqualTo(Instant.parse("2026-03-01T10:15:30Z"));
        assertThat(one.getList("l", Integer.class)).containsExactly(3, 1, 2);
        assertThat(one.getSet("s", String.class)).containsExactlyInAnyOrder("a", "b");
        assertThat(one.getMap("m", String.class, LocalDate.class))
                .isEqualTo(Map.of("start", LocalDate.of(2026, 3, 1), "end", LocalDate.of(2026, 12, 31)));
        assertThat(one.getList("fl", String.class)).containsExactly("x", "y");
        assertThat(one.getMap("fm", Integer.class, String.class)).isEqualTo(Map.of(1, "one", 2, "two"));
        TupleValue tuple = one.getTupleValue("tup");
        assertThat(tuple.getInt(0)).isEqualTo(7);
        assertThat(tuple.getString(1)).isEqualTo("seven");
        assertThat(tuple.getLocalDate(2)).isEqualTo(LocalDate.of(2026, 3, 1));
        UdtValue address = one.getUdtValue("addr");
        assertThat(address.getString("street")).isEqualTo("Main");
        assertThat(address.getInt("zip")).isEqualTo(1010);
        assertThat(address.getSet("tags", String.class)).containsExactly("home");
        List<UdtValue> addresses = one.getList("addrs", UdtValue.class);
        assertThat(addresses).extracting(a -> a.getString("street")).containsExactly("A", "B");
        assertThat(addresses.get(1).isNull("zip")).isTrue();
        assertThat(one.getObject("v")).isEqualTo(CqlVector.newInstance(0.5f, 1f, -2f));

        Row two = db.session.execute("SELECT * FROM " + db.keyspace + ".everything WHERE id = 2").one();
        assertThat(two.getByteBuffer("bl")).isEqualTo(ByteBuffer.wrap(new byte[] {(byte) 0xCA, (byte) 0xFE}));
        assertThat(two.getInstant("ts")).isEqualTo(Instant.ofEpochMilli(1772360130000L));
        assertThat(two.getLocalTime("tm")).isEqualTo(LocalTime.of(13, 30));
        assertThat(two.getInetAddress("ip")).isEqualTo(InetAddress.getByName("::1"));
        assertThat(two.getLocalDate("dt")).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(two.getString("vc")).isEqualTo("42");
        assertThat(two.isNull("t")).isTrue();

        Row home = db.session.execute("SELECT * FROM " + db.keyspace + ".hits WHERE page = 'home'").one();
        assertThat(home.getLong("views")).isEqualTo(15);
        assertThat(home.getLong("likes")).isEqualTo(2);
        assertThat(db.session.execute("SELECT likes FROM " + db.keyspace + ".hits WHERE page = 'about'").one()
                .getLong(0)).isEqualTo(1);
    }

    /** A wide time-series table: composite partition key, clustering columns, UDT and collections. */
    @Test
    void aWideTimeSeriesTableLoadsValueForValue() {
        String columns = " (device_id uuid, day date, ts timestamp, seq int, value double, unit text,"
                + " tags set<text>, attrs map<text, text>, samples list<float>, meta frozen<reading_meta>,"
                + " PRIMARY KEY ((device_id, day), ts, seq)) WITH CLUSTERING ORDER BY (ts DESC, seq ASC)";
        db.cql("CREATE TYPE ${ks}.reading_meta (sensor text, firmware text, calibrated_at timestamp)");
        db.cql("CREATE TABLE ${ks}.readings" + columns);
        db.cql("CREATE TABLE ${ks}.readings_by_cql" + columns);
        PreparedStatement insert = db.session.prepare("INSERT INTO " + db.keyspace + ".readings_by_cql"
                + " (device_id, day, ts, seq, value, unit, tags, attrs, samples, meta)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        UserDefinedType metaType = (UserDefinedType) insert.getVariableDefinitions().get("meta").getType();
        StringBuilder yaml = new StringBuilder("table: readings\nrows:\n");
        List<BoundStatement> expected = new ArrayList<>();
        for (int device = 0; device < 3; device++) {
            UUID deviceId = new UUID(0x1234L, device);
            for (int d = 0; d < 2; d++) {
                LocalDate day = LocalDate.of(2026, 3, 1 + d);
                for (int i = 0; i < 200; i++) {
                    Instant ts = day.atStartOfDay(java.time.ZoneOffset.UTC).toInstant().plusSeconds(i * 60L);
                    double value = device * 100 + i / 8.0;
                    Set<String> tags = i % 3 == 0 ? Set.of("hourly", "raw") : Set.of("raw");
                    Map<String, String> attrs = new LinkedHashMap<>();
                    attrs.put("site", "s" + device);
                    attrs.put("room", "r" + (i % 4));
                    List<Float> samples = List.of(i * 0.5f, -1.25f, 3f);
                    yaml.append("  - device_id: ").append(deviceId).append('\n')
                            .append("    day: ").append(day).append('\n')
                            .append("    ts: ").append(ts).append('\n')
                            .append("    seq: ").append(i).append('\n')
                            .append("    value: ").append(value).append('\n')
                            .append("    unit: celsius\n")
                            .append("    tags: [").append(String.join(", ", tags)).append("]\n")
                            .append("    attrs: {site: s").append(device).append(", room: r").append(i % 4)
                            .append("}\n")
                            .append("    samples: [").append(i * 0.5f).append(", -1.25, 3]\n")
                            .append("    meta: {sensor: t-").append(device).append(", calibrated_at: '2026-01-0")
                            .append(1 + device).append(" 08:00:00'}\n");
                    UdtValue meta = metaType.newValue().setString("sensor", "t-" + device)
                            .setInstant("calibrated_at", Instant.parse("2026-01-0" + (1 + device) + "T08:00:00Z"));
                    expected.add(insert.bind(deviceId, day, ts, i, value, "celsius", tags, attrs, samples, meta));
                }
            }
        }
        db.file("readings.yaml", yaml.toString());
        expected.forEach(db.session::execute);
        Logger driver = (Logger) LoggerFactory.getLogger("com.datastax.oss.driver");
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        logged.start();
        driver.addAppender(logged);

        SeededFile file;
        try {
            file = db.seed().loaded().get(0);
        } finally {
            driver.detachAppender(logged);
        }

        assertThat(file.rows()).isEqualTo(1200);
        // A device's day (about 50 KB) goes in batches of one partition over the server's 5 KiB batch size
        // warning, which the server does not apply to them; a warning would be logged by the driver with the
        // batch's values.
        assertThat(logged.list).extracting(ILoggingEvent::getFormattedMessage).isEmpty();
        assertThat(contents("readings")).hasSize(1200).isEqualTo(contents("readings_by_cql"));
    }

    private List<String> contents(String table) {
        return db.session.execute("SELECT * FROM " + db.keyspace + "." + table).all().stream()
                .map(Row::getFormattedContents).sorted().toList();
    }
}
