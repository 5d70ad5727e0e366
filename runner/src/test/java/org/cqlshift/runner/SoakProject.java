package org.cqlshift.runner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The project a chaos soak migrates and seeds: 20 scripts with a user-defined type, secondary indexes, a
 * {@code BEGIN BATCH} script, a placeholder, a table created and dropped, and scripts of many statements for kills
 * to land in; and seed files in YAML, CSV and JSON, 4,000 rows in all.
 */
final class SoakProject {

    static final int SCRIPTS = 20;
    static final String PLACEHOLDER = "audit_ttl=604800";
    static final List<String> SEED_FILES = List.of("users.yaml", "products.csv", "orders.json");

    private static final int USERS = 1000;
    private static final int PRODUCTS = 1500;
    private static final int ORDERS = 1500;
    private static final String[][] COUNTRIES = {{"AT", "Austria", "Europe"}, {"BR", "Brazil", "Americas"},
            {"CA", "Canada", "Americas"}, {"DE", "Germany", "Europe"}, {"IN", "India", "Asia"}, {"JP", "Japan", "Asia"},
            {"KE", "Kenya", "Africa"}, {"NZ", "New Zealand", "Oceania"}};

    final Path migrations;
    final Path seeds;

    private SoakProject(Path migrations, Path seeds) {
        this.migrations = migrations;
        this.seeds = seeds;
    }

    static SoakProject writeTo(Path directory) {
        try {
            SoakProject project = new SoakProject(Files.createDirectories(directory.resolve("migrations")),
                    Files.createDirectories(directory.resolve("seeds")));
            project.writeScripts();
            project.writeSeeds();
            return project;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The primary keys each table holds once the project is migrated and seeded, each written as its key columns'
     * values joined by {@code :}.
     */
    static Map<String, Set<String>> expectedKeys() {
        Map<String, Set<String>> keys = new LinkedHashMap<>();
        keys.put("users", keys(USERS, id -> String.valueOf(id)));
        keys.put("products", keys(PRODUCTS, SoakProject::sku));
        keys.put("orders", keys(ORDERS, id -> orderUser(id) + ":" + id));
        keys.put("countries", Arrays.stream(COUNTRIES).map(country -> country[0])
                .collect(Collectors.toCollection(TreeSet::new)));
        return keys;
    }

    private static Set<String> keys(int count, IntFunction<String> key) {
        return IntStream.rangeClosed(1, count).mapToObj(key).collect(Collectors.toCollection(TreeSet::new));
    }

    private static String sku(int i) {
        return "SKU-" + i;
    }

    private static int orderUser(int order) {
        return 1 + order % USERS;
    }

    /** The scripts and seed files, as the runner names them when it has applied or loaded one. */
    List<String> fileNames() {
        try (Stream<Path> scripts = Files.list(migrations); Stream<Path> seedFiles = Files.list(seeds)) {
            return Stream.concat(scripts, seedFiles).map(file -> file.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeScripts() throws IOException {
        script(1, "create_keyspace", "CREATE KEYSPACE IF NOT EXISTS ${keyspace} WITH replication = ${replication};");
        script(2, "create_address_type", "CREATE TYPE address (street text, city text, zip int);");
        script(3, "create_users", "CREATE TABLE users (id int PRIMARY KEY, name text, email text,"
                + " home frozen<address>);");
        script(4, "create_products", "CREATE TABLE products (sku text PRIMARY KEY, title text, price decimal,"
                + " tags set<text>);");
        script(5, "create_orders", """
                CREATE TABLE orders (user_id int, order_id int, sku text, quantity int,
                    PRIMARY KEY (user_id, order_id)) WITH CLUSTERING ORDER BY (order_id DESC);""");
        script(6, "users_by_email", "CREATE INDEX users_email_idx ON users (email);");
        script(7, "user_columns", columns("users", "profile", 4));
        script(8, "create_countries", "CREATE TABLE countries (code text PRIMARY KEY, name text, region text);");
        script(9, "create_audit_log", """
                CREATE TABLE audit_log (day date, at timeuuid, actor text, action text, PRIMARY KEY (day, at))
                    WITH default_time_to_live = ${audit_ttl};""");
        script(10, "orders_options", "ALTER TABLE orders WITH comment = 'orders by user' AND gc_grace_seconds = 86400;");
        StringBuilder batch = new StringBuilder("BEGIN BATCH\n");
        for (String[] country : COUNTRIES) {
            batch.append("  INSERT INTO countries (code, name, region) VALUES ('").append(country[0]).append("', '")
                    .append(country[1]).append("', '").append(country[2]).append("');\n");
        }
        script(11, "countries_batch", batch.append("APPLY BATCH;").toString());
        script(12, "address_country", "ALTER TYPE address ADD country text;");
        script(13, "create_metrics", "CREATE TABLE metrics (name text, at timestamp, PRIMARY KEY (name, at));\n"
                + columns("metrics", "m", 4));
        script(14, "drop_profile_column", "ALTER TABLE users DROP profile_4;");
        script(15, "create_sessions", "CREATE TABLE sessions (session_id uuid PRIMARY KEY, user_id int, expires timestamp);");
        script(16, "products_by_title", "CREATE INDEX products_title_idx ON products (title);");
        script(17, "create_page_views", "CREATE TABLE page_views (page text PRIMARY KEY, views counter);");
        script(18, "create_user_prefs", "CREATE TABLE user_prefs (user_id int, key text, value text,"
                + " PRIMARY KEY (user_id, key));");
        script(19, "order_columns", "ALTER TABLE orders ADD status text;\nALTER TABLE orders ADD shipped_at timestamp;\n"
                + "ALTER TABLE orders WITH comment = 'orders by user, with status';");
        script(20, "import_table_round_trip", """
                CREATE TABLE import_staging (id int PRIMARY KEY, payload text);
                ALTER TABLE import_staging ADD source text;
                DROP TABLE import_staging;""");
    }

    private static String columns(String table, String prefix, int count) {
        StringBuilder alters = new StringBuilder();
        for (int i = 1; i <= count; i++) {
            alters.append("ALTER TABLE ").append(table).append(" ADD ").append(prefix).append('_').append(i)
                    .append(i % 2 == 0 ? " int;\n" : " text;\n");
        }
        return alters.toString();
    }

    private void script(int version, String name, String cql) throws IOException {
        Files.writeString(migrations.resolve(version + "_" + name + ".cql"), cql.endsWith("\n") ? cql : cql + "\n");
    }

    private void writeSeeds() throws IOException {
        StringBuilder users = new StringBuilder("table: users\nrows:\n");
        for (int id = 1; id <= USERS; id++) {
            users.append("  - {id: ").append(id).append(", name: user-").append(id).append(", email: user").append(id)
                    .append("@example.com, home: {street: ").append(id).append(" Main St, city: Vienna, zip: ")
                    .append(1000 + id % 100).append("}}\n");
        }
        Files.writeString(seeds.resolve("users.yaml"), users);
        StringBuilder products = new StringBuilder("sku,title,price\n");
        for (int i = 1; i <= PRODUCTS; i++) {
            products.append(sku(i)).append(",Product ").append(i).append(',').append(i % 97).append(".50\n");
        }
        Files.writeString(seeds.resolve("products.csv"), products);
        StringBuilder orders = new StringBuilder("[\n");
        for (int i = 1; i <= ORDERS; i++) {
            orders.append("  {\"user_id\": ").append(orderUser(i)).append(", \"order_id\": ").append(i)
                    .append(", \"sku\": \"").append(sku(1 + i % PRODUCTS)).append("\", \"quantity\": ").append(1 + i % 5)
                    .append(", \"status\": \"placed\"}").append(i < ORDERS ? ",\n" : "\n");
        }
        Files.writeString(seeds.resolve("orders.json"), orders.append("]\n"));
    }
}
