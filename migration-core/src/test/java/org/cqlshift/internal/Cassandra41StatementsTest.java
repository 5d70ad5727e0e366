package org.cqlshift.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The tool's own CQL (history tables, lock, seed history, verify, schema reads) must stay valid on Cassandra 4.1:
 * no string in the engine's sources may use what came with Cassandra 5.0 (CQL 3.4.7) or 6.0. The packages that read,
 * write and lint users' schemas name those features as data, for the releases that have them, and are left out;
 * their one class that queries the cluster, the schema reader, is checked.
 */
class Cassandra41StatementsTest {

    private static final List<Path> USERS_SCHEMA_PACKAGES = List.of(
            Path.of("src", "main", "java", "org", "cqlshift", "internal", "ddl"),
            Path.of("src", "main", "java", "org", "cqlshift", "internal", "lint"),
            Path.of("src", "main", "java", "org", "cqlshift", "internal", "schema"));
    private static final Path SCHEMA_READER = USERS_SCHEMA_PACKAGES.get(2).resolve("SchemaReader.java");

    /** What 4.1 does not know, and where it came from. */
    private static final Map<String, Pattern> NEWER_THAN_41 = Map.ofEntries(
            feature("vector type (5.0)", "\\bvector\\s*<"),
            feature("storage-attached index (5.0)", "'sai'|StorageAttachedIndex"),
            feature("vector search (5.0)", "\\bANN\\s+OF\\b"),
            feature("dynamic data masking (5.0)", "\\bMASKED\\s+WITH\\b|\\bUNMASK\\b|\\bmask_(null|default|replace|inner|outer|hash)\\s*\\("),
            feature("masking schema table (5.0)", "system_schema\\.column_masks"),
            feature("snake_case time and JSON functions (5.0)",
                    "\\b(to_date|to_timestamp|to_unix_timestamp|current_timestamp|current_date|current_time|"
                            + "current_timeuuid|min_timeuuid|max_timeuuid|to_json|from_json|random_uuid)\\s*\\("),
            feature("collection functions (5.0)",
                    "\\b(collection_count|collection_min|collection_max|collection_sum|collection_avg|map_keys|"
                            + "map_values)\\s*\\("),
            feature("math functions (5.0)", "\\b(abs|exp|log|log10|round)\\s*\\("),
            feature("maxwritetime (5.0)", "\\bmaxwritetime\\s*\\("),
            feature("Accord transactions (6.0)", "\\bBEGIN\\s+TRANSACTION\\b"),
            feature("transactional mode (6.0)", "\\btransactional_mode\\b"),
            feature("constraints (6.0)", "\\bCHECK\\s+\\w+\\s*(>|<|=|!=|NOT\\s+NULL)"),
            feature("cluster metadata views (6.0)", "system_views\\.cluster_metadata"));

    /** A Java string literal or text block, whose content is the group "text". */
    private static final Pattern STRING = Pattern.compile("\"\"\"(?<block>.*?)\"\"\"|\"(?<text>(?:\\\\.|[^\"\\\\\\n])*)\"",
            Pattern.DOTALL);

    private static Map.Entry<String, Pattern> feature(String name, String regex) {
        return Map.entry(name, Pattern.compile(regex, Pattern.CASE_INSENSITIVE));
    }

    @Test
    void theEngineUsesNoCqlNewerThanCassandra41() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path source : sources()) {
            Matcher string = STRING.matcher(Files.readString(source));
            while (string.find()) {
                String text = string.group("block") != null ? string.group("block") : string.group("text");
                NEWER_THAN_41.forEach((name, pattern) -> {
                    if (pattern.matcher(text).find()) {
                        found.add(source + ": " + name + " in \"" + text + "\"");
                    }
                });
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void theListRecognisesEachFeature() {
        List<String> samples = List.of(
                "CREATE TABLE t (k int PRIMARY KEY, e vector<float, 3>)",
                "CREATE INDEX ON t (v) USING 'sai'",
                "SELECT * FROM t ORDER BY e ANN OF [1, 2, 3] LIMIT 1",
                "SELECT mask_inner(name, 1, 1) FROM t",
                "SELECT * FROM system_schema.column_masks",
                "SELECT to_json(x), current_timestamp() FROM t",
                "SELECT collection_count(tags) FROM t",
                "SELECT round(price) FROM t",
                "SELECT maxwritetime(v) FROM t",
                "BEGIN TRANSACTION SELECT * FROM t WHERE k = 1; COMMIT TRANSACTION",
                "CREATE TABLE t (k int PRIMARY KEY) WITH transactional_mode = 'full'",
                "CREATE TABLE t (k int PRIMARY KEY, v int CHECK v > 0)",
                "SELECT epoch FROM system_views.cluster_metadata_log");
        assertThat(samples).allSatisfy(sample -> assertThat(NEWER_THAN_41.values())
                .anySatisfy(pattern -> assertThat(pattern.matcher(sample).find()).as(sample).isTrue()));
        assertThat(NEWER_THAN_41.values()).noneSatisfy(pattern -> assertThat(
                pattern.matcher("SELECT toJson(x), writetime(v), toTimestamp(now()) FROM t").find()).isTrue());
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src", "main", "java"))) {
            return files.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> file.equals(SCHEMA_READER) || USERS_SCHEMA_PACKAGES.stream().noneMatch(file::startsWith))
                    .sorted().toList();
        }
    }
}
