package org.cqlshift.benchmark.migrations;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What cqlshift logged during a timed run, the same in bin/cqlshift's output and in the Spring Boot application's
 * log: each script's time ({@code Applied 7_create_table_6.cql (version 7, 1 statement) in 81 ms}: its progress
 * write, statement, schema agreement check and history write) and the whole migration's; and when a Spring Boot
 * application had started, by the JVM's clock.
 */
record MigrationLog(double meanTableScriptMillis, long engineMillis, long startedAfterMillis) {

    private static final Pattern TABLE_SCRIPT =
            Pattern.compile("Applied \\d+_create_table_\\d+\\.cql \\(version \\d+, 1 statement\\) in (\\d+) ms");
    private static final Pattern ENGINE = Pattern.compile("Applied \\d+ scripts to keyspace \\S+ in (\\d+) ms");
    /** Spring Boot's last start-up line: {@code Started App in 3.1 seconds (process running for 3.6)}. */
    private static final Pattern STARTED = Pattern.compile("Started \\S+ in [\\d.]+ seconds \\(process running for ([\\d.]+)\\)");

    static MigrationLog read(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        double tableScripts = lines.stream().map(TABLE_SCRIPT::matcher).filter(Matcher::find)
                .mapToLong(matcher -> Long.parseLong(matcher.group(1))).average().orElse(Double.NaN);
        long engine = lines.stream().map(ENGINE::matcher).filter(Matcher::find)
                .mapToLong(matcher -> Long.parseLong(matcher.group(1))).findFirst().orElse(-1);
        long started = lines.stream().map(STARTED::matcher).filter(Matcher::find)
                .mapToLong(matcher -> Math.round(Double.parseDouble(matcher.group(1)) * 1000)).findFirst().orElse(-1);
        return new MigrationLog(tableScripts, engine, started);
    }
}
