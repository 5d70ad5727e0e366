package org.cqlshift.internal.schema;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What differs between the Cassandra release lines cqlshift supports, as far as schemas go: the table options each
 * accepts and their defaults, the compaction, compression and index classes it ships, and the cassandra.yaml
 * switches a throw-away node needs to accept every schema a cluster of that line may hold. Read from the releases
 * themselves (4.1.10, 5.0.9, 6.0-alpha2): their {@code TableParams}, their schema tables after a plain
 * {@code CREATE TABLE}, and their {@code Config} defaults.
 */
public enum CassandraLine {
    CASSANDRA_4_1("4.1"),
    CASSANDRA_5_0("5.0"),
    CASSANDRA_6_0("6.0");

    private static final Pattern MAJOR_MINOR = Pattern.compile("^(\\d+)\\.(\\d+)");

    /** Class names as the schema tables keep them for the two index classes of note, and their aliases in CQL. */
    public static final String SAI = "StorageAttachedIndex";
    public static final String SASI = "org.apache.cassandra.index.sasi.SASIIndex";
    private static final Map<String, String> INDEX_CLASS_ALIASES = Map.of(
            "sai", SAI,
            "storageattachedindex", SAI,
            "org.apache.cassandra.index.sai.storageattachedindex", SAI,
            "sasi", SASI,
            "sasiindex", SASI,
            "org.apache.cassandra.index.sasi.sasiindex", SASI);

    /** Options every table accepts from 4.1 on, with the default each takes, as CQL literals. */
    private static final Map<String, String> COMMON_TABLE_DEFAULTS = defaults(
            "additional_write_policy", "'99p'",
            "bloom_filter_fp_chance", "0.01",
            "caching", "{'keys': 'ALL', 'rows_per_partition': 'NONE'}",
            "cdc", "false",
            "comment", "''",
            "compaction", "{'class': 'SizeTieredCompactionStrategy', 'max_threshold': '32', 'min_threshold': '4'}",
            "compression", "{'chunk_length_in_kb': '16', 'class': 'LZ4Compressor'}",
            "crc_check_chance", "1.0",
            "default_time_to_live", "0",
            "extensions", "{}",
            "gc_grace_seconds", "864000",
            "max_index_interval", "2048",
            "memtable", "'default'",
            "memtable_flush_period_in_ms", "0",
            "min_index_interval", "128",
            "read_repair", "'BLOCKING'",
            "speculative_retry", "'99p'");
    private static final Map<String, String> CASSANDRA_5_TABLE_DEFAULTS = defaults(
            "allow_auto_snapshot", "true",
            "auto_repair", "{}",
            "incremental_backups", "true");
    private static final Map<String, String> CASSANDRA_6_TABLE_DEFAULTS = defaults(
            "fast_path", "{'kind': 'INHERIT_KEYSPACE'}",
            "transactional_mode", "'off'",
            "transactional_migration_from", "'none'");
    private static final Map<String, String> CASSANDRA_6_KEYSPACE_DEFAULTS = defaults("fast_path", "{'kind': 'SIMPLE'}");

    /** LeveledCompactionStrategy tables get another bloom filter default. */
    private static final String LEVELED = "LeveledCompactionStrategy";
    private static final String LEVELED_BLOOM_FILTER_FP_CHANCE = "0.1";

    /** Columns of the schema tables that hold no option of the schema: ids, flags, and values no release reads. */
    private static final Set<String> NOT_OPTIONS = Set.of("keyspace_name", "table_name", "view_name", "id", "flags",
            "base_table_id", "base_table_name", "where_clause", "include_all_columns", "pending_drop",
            "read_repair_chance", "dclocal_read_repair_chance");

    /** Options that older scripts set and that Cassandra 4.0 removed. */
    private static final Map<String, String> REMOVED_TABLE_OPTIONS = Map.of(
            "read_repair_chance", "4.0",
            "dclocal_read_repair_chance", "4.0",
            "index_interval", "3.0",
            "replicate_on_write", "2.1",
            "populate_io_cache_on_flush", "2.1");

    private final String label;

    CassandraLine(String label) {
        this.label = label;
    }

    /**
     * The line of a release version as {@code system.local} reports it: {@code 5.0.9}, {@code 6.0-alpha2}. Releases
     * before 4.1 are treated as 4.1, later 5.x as 5.0, and 6 or later as 6.0.
     *
     * @throws IllegalArgumentException when the text is no version
     */
    public static CassandraLine of(String releaseVersion) {
        Matcher matcher = MAJOR_MINOR.matcher(releaseVersion);
        if (!matcher.find()) {
            throw new IllegalArgumentException("'" + releaseVersion + "' is not a Cassandra version such as 5.0.9");
        }
        int major = Integer.parseInt(matcher.group(1));
        return major < 5 ? CASSANDRA_4_1 : major == 5 ? CASSANDRA_5_0 : CASSANDRA_6_0;
    }

    /** {@code 4.1}, {@code 5.0}, {@code 6.0}. */
    public String label() {
        return label;
    }

    public boolean atLeast(CassandraLine other) {
        return compareTo(other) >= 0;
    }

    /** Every table option this line accepts in CQL, with its default as a CQL literal. */
    public Map<String, String> tableDefaults() {
        Map<String, String> defaults = new LinkedHashMap<>(COMMON_TABLE_DEFAULTS);
        if (atLeast(CASSANDRA_5_0)) {
            defaults.putAll(CASSANDRA_5_TABLE_DEFAULTS);
        }
        if (atLeast(CASSANDRA_6_0)) {
            defaults.putAll(CASSANDRA_6_TABLE_DEFAULTS);
        }
        return defaults;
    }

    /** The default of one option for a table with the given (normalized) compaction literal. */
    public Optional<String> tableDefault(String option, String compaction) {
        if ("bloom_filter_fp_chance".equals(option) && compaction != null && compaction.contains("'" + LEVELED + "'")) {
            return Optional.of(LEVELED_BLOOM_FILTER_FP_CHANCE);
        }
        return Optional.ofNullable(tableDefaults().get(option));
    }

    /** The keyspace options besides replication and durable_writes, with their defaults. */
    public Map<String, String> keyspaceDefaults() {
        return atLeast(CASSANDRA_6_0) ? CASSANDRA_6_KEYSPACE_DEFAULTS : Map.of();
    }

    /** Whether a column of a schema table holds no option: names, ids, flags, and values no release reads. */
    public static boolean isNotAnOption(String column) {
        return NOT_OPTIONS.contains(column);
    }

    /** The release that removed an option scripts may still set, if it is one of those. */
    public static Optional<String> removedIn(String option) {
        return Optional.ofNullable(REMOVED_TABLE_OPTIONS.get(option.toLowerCase(Locale.ROOT)));
    }

    /** The first line that accepts a table option, if any does. */
    public static Optional<CassandraLine> firstWithTableOption(String option) {
        for (CassandraLine line : values()) {
            if (line.tableDefaults().containsKey(option)) {
                return Optional.of(line);
            }
        }
        return Optional.empty();
    }

    /** The compaction strategies this line ships, by simple name. */
    public Set<String> compactionStrategies() {
        Set<String> strategies = new TreeSet<>(Set.of("SizeTieredCompactionStrategy", LEVELED,
                "TimeWindowCompactionStrategy"));
        if (this == CASSANDRA_4_1) {
            strategies.add("DateTieredCompactionStrategy");
        } else {
            strategies.add("UnifiedCompactionStrategy");
        }
        return strategies;
    }

    /** The compressors this line ships, by simple name. */
    public Set<String> compressors() {
        Set<String> compressors = new TreeSet<>(Set.of("DeflateCompressor", "LZ4Compressor", "NoopCompressor",
                "SnappyCompressor", "ZstdCompressor"));
        if (atLeast(CASSANDRA_6_0)) {
            compressors.add("ZstdDictionaryCompressor");
        }
        return compressors;
    }

    /** Whether this line has storage-attached indexes (SAI). */
    public boolean hasSai() {
        return atLeast(CASSANDRA_5_0);
    }

    /**
     * A custom index class in one spelling, so that {@code 'sai'} and {@code 'StorageAttachedIndex'} compare equal:
     * SAI and SASI by the names above, any other class as written.
     */
    public static String indexClass(String className) {
        return INDEX_CLASS_ALIASES.getOrDefault(className.toLowerCase(Locale.ROOT), className);
    }

    /**
     * The cassandra.yaml entries of a throw-away node that must accept every schema a cluster of this line may hold:
     * features that are off by default (materialized views, SASI, user-defined functions, masking) switched on.
     */
    public Map<String, String> replayNodeSettings() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("materialized_views_enabled", "true");
        settings.put("sasi_indexes_enabled", "true");
        settings.put("user_defined_functions_enabled", "true");
        settings.put("drop_compact_storage_enabled", "true");
        if (atLeast(CASSANDRA_5_0)) {
            settings.put("dynamic_data_masking_enabled", "true");
        }
        return settings;
    }

    private static Map<String, String> defaults(String... namesAndValues) {
        Map<String, String> defaults = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            defaults.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return defaults;
    }
}
