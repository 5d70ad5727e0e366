package org.cqlshift.example.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.cqlshift.embedded.EmbeddedCassandra;
import org.cqlshift.embedded.junit.CassandraExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged application started as in production, {@code java -jar}, with a script that cannot run: the process
 * reports the script and ends by itself, with a failure status, rather than staying up on the driver's threads; what
 * it prints is what docs/spring-boot.md shows.
 */
@ExtendWith(CassandraExtension.class)
class BrokenScriptExitIT {

    /** Start-up, a failing migration and shut-down, with room for a busy machine; it never ended before. */
    private static final Duration EXITS_WITHIN = Duration.ofSeconds(90);
    /** Tests run in the project's root directory. */
    private static final Path DOCUMENTATION = Path.of("docs", "spring-boot.md");
    private static final String DOCUMENTED_MIGRATIONS = "/app/migrations";

    @Test
    void theProcessEndsWithAFailureNamingTheScript(EmbeddedCassandra node, @TempDir Path work)
            throws IOException, InterruptedException {
        Path scripts = Files.createDirectories(work.resolve("migrations"));
        Files.writeString(scripts.resolve("1_create_orders.cql"),
                "CREATE KEYSPACE IF NOT EXISTS ${keyspace} WITH replication = ${replication};\n"
                        + "CREATE TABEL ${keyspace}.orders (id uuid PRIMARY KEY, total decimal);\n");
        Path output = work.resolve("output.log");
        Process application = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", System.getProperty("cqlshift.example.jar"),
                "--spring.cassandra.contact-points=" + node.contactPointText(),
                "--cqlshift.keyspace=shop",
                "--cqlshift.migrations=" + scripts,
                "--cqlshift.seed-on-startup=false"))
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        try {
            boolean ended = application.waitFor(EXITS_WITHIN.toSeconds(), TimeUnit.SECONDS);
            String printed = Files.readString(output, StandardCharsets.UTF_8);

            assertThat(ended).as("the application ended within %s; it printed:%n%s", EXITS_WITHIN, printed).isTrue();
            assertThat(application.exitValue()).as("exit status").isNotZero();
            assertThat(printed).contains("APPLICATION FAILED TO START",
                    "cqlshift: Migration 1_create_orders.cql failed at statement 2", "CREATE TABEL shop.orders");
            String asDocumented = printed.replace(scripts.toString(), DOCUMENTED_MIGRATIONS);
            assertThat(asDocumented).contains(documentedReportUpToTheServersMessage());
            assertThat(paragraphAfter("Action:", asDocumented)).isEqualTo(paragraphAfter("Action:",
                    Files.readString(DOCUMENTATION)));
        } finally {
            application.destroyForcibly();
        }
    }

    /** The failure report docs/spring-boot.md shows, up to the server's own message, which its version words. */
    private static String documentedReportUpToTheServersMessage() throws IOException {
        String documentation = Files.readString(DOCUMENTATION);
        int start = documentation.indexOf("Description:");
        return documentation.substring(start, documentation.indexOf("column 1): ", start) + "column 1): ".length());
    }

    /** The paragraph that follows a heading line of Spring Boot's failure report. */
    private static String paragraphAfter(String heading, String text) {
        String after = text.substring(text.indexOf(heading + "\n") + heading.length()).strip();
        return after.lines().findFirst().orElseThrow();
    }
}
